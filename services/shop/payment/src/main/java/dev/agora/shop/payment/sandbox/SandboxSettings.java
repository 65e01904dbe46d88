package dev.agora.shop.payment.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The sandbox's current simulation: starts from the properties, changed at runtime by tests, demo and benchmark. */
@Component
class SandboxSettings {

    private static final Logger log = LoggerFactory.getLogger(SandboxSettings.class);

    private final AtomicReference<Simulation> current;

    SandboxSettings(SandboxProperties properties) {
        this.current = new AtomicReference<>(properties.simulation());
        log.info(
                "Payment provider: SANDBOX inside the platform, no real money moves (latency {}, failure rate {},"
                        + " declined cents {})",
                properties.latency(),
                properties.failureRate(),
                properties.declinedCents());
    }

    Simulation current() {
        return current.get();
    }

    /** Sets what is given and keeps the rest. */
    Simulation change(@Nullable Duration latency, @Nullable Double failureRate) {
        var changed = current.updateAndGet(old -> new Simulation(
                latency == null ? old.latency() : latency, failureRate == null ? old.failureRate() : failureRate));
        log.info("Payment-provider sandbox now: latency {}, failure rate {}", changed.latency(), changed.failureRate());
        return changed;
    }
}
