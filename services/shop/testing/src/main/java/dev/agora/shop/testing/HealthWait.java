package dev.agora.shop.testing;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Polls a service's {@code /actuator/health} until it is UP, giving up when the process died or time ran out. */
final class HealthWait {

    private final RestClient http;
    private final Duration timeout;

    HealthWait(String serviceUrl, Duration timeout) {
        this.http = RestClient.create(serviceUrl);
        this.timeout = timeout;
    }

    /** @param death why the process is gone, or null while it runs */
    void until(Supplier<@Nullable String> death) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var died = death.get();
            if (died != null) {
                throw new IllegalStateException(died);
            }
            if (isUp()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for health", e);
            }
        }
        throw new IllegalStateException("not healthy after " + timeout.toSeconds() + " s");
    }

    private boolean isUp() {
        try {
            var body = http.get().uri("/actuator/health").retrieve().body(String.class);
            return body != null && body.contains("\"UP\"");
        } catch (RestClientException notYet) {
            return false;
        }
    }
}
