package dev.agora.launcher.up;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.console.ProgressBoard;
import dev.agora.launcher.health.HealthProbe;
import dev.agora.launcher.health.HealthState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Polls every started service's health until all are UP, one dies, or the timeout passes. */
public final class HealthWaiter {

    /** Why a service did not become healthy. */
    public record Failure(AgoraService service, String reason) {}

    /** When each service became healthy, counted from the first start; a failure stops the wait. */
    public record Outcome(Map<AgoraService, Duration> healthyAfter, Optional<Failure> failure) {}

    private final HealthProbe probe;
    private final Duration timeout;
    private final Duration pollInterval;

    public HealthWaiter(HealthProbe probe, Duration timeout, Duration pollInterval) {
        this.probe = probe;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    /** {@code startedAtNanos} is the {@link System#nanoTime()} of the first start, so the others' launch counts. */
    public Outcome awaitHealthy(Map<AgoraService, Process> started, long startedAtNanos, ProgressBoard board)
            throws InterruptedException {
        return awaitHealthy(
                started.keySet(),
                service -> Optional.of(started.get(service))
                        .filter(process -> !process.isAlive())
                        .map(process -> "exited with code " + process.exitValue()),
                startedAtNanos,
                board);
    }

    /** @param failure why a service will not become healthy, once that is known; empty while there is hope */
    public Outcome awaitHealthy(
            Collection<AgoraService> started,
            Function<AgoraService, Optional<String>> failure,
            long startedAtNanos,
            ProgressBoard board)
            throws InterruptedException {
        var pending = new ArrayList<>(started);
        var healthyAfter = new LinkedHashMap<AgoraService, Duration>();
        while (true) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAtNanos);
            for (var it = pending.iterator(); it.hasNext(); ) {
                AgoraService service = it.next();
                Optional<String> reason = failure.apply(service);
                if (reason.isPresent()) {
                    board.update(service.name(), "failed:", reason.get());
                    return outcome(healthyAfter, new Failure(service, reason.get()));
                }
                if (probe.check(service) == HealthState.UP) {
                    Duration after = Duration.ofNanos(System.nanoTime() - startedAtNanos);
                    healthyAfter.put(service, after);
                    board.update(service.name(), "healthy", "in " + after.toSeconds() + " s");
                    it.remove();
                } else {
                    board.update(service.name(), "starting…", elapsed.toSeconds() + " s");
                }
            }
            if (pending.isEmpty()) {
                return new Outcome(Collections.unmodifiableMap(healthyAfter), Optional.empty());
            }
            if (elapsed.compareTo(timeout) >= 0) {
                AgoraService late = pending.getFirst();
                board.update(late.name(), "failed:", "not healthy after " + timeout.toSeconds() + " s");
                return outcome(
                        healthyAfter,
                        new Failure(
                                late, "not healthy after " + timeout.toSeconds() + " s (" + late.healthUrl() + ")"));
            }
            Thread.sleep(pollInterval);
        }
    }

    private static Outcome outcome(Map<AgoraService, Duration> healthyAfter, Failure failure) {
        return new Outcome(Collections.unmodifiableMap(healthyAfter), Optional.of(failure));
    }
}
