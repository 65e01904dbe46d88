package dev.agora.launcher.up;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.health.HealthProbe;
import dev.agora.launcher.health.HealthState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Polls every started service's health until all are UP, one dies, or the timeout passes. */
public final class HealthWaiter {

    /** Why a service did not become healthy. */
    public record Failure(AgoraService service, String reason) {}

    private final HealthProbe probe;
    private final Duration timeout;
    private final Duration pollInterval;

    public HealthWaiter(HealthProbe probe, Duration timeout, Duration pollInterval) {
        this.probe = probe;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    public Optional<Failure> awaitHealthy(Map<AgoraService, Process> started, ProgressBoard board)
            throws InterruptedException {
        long startedAt = System.nanoTime();
        var pending = new LinkedHashMap<>(started);
        while (true) {
            long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                AgoraService service = entry.getKey();
                if (!entry.getValue().isAlive()) {
                    board.update(
                            service.name(),
                            "failed:",
                            "exited with code " + entry.getValue().exitValue());
                    return Optional.of(new Failure(
                            service, "exited with code " + entry.getValue().exitValue()));
                }
                if (probe.check(service) == HealthState.UP) {
                    board.update(service.name(), "healthy", "in " + seconds + " s");
                    it.remove();
                } else {
                    board.update(service.name(), "starting…", seconds + " s");
                }
            }
            if (pending.isEmpty()) {
                return Optional.empty();
            }
            if (seconds >= timeout.toSeconds()) {
                AgoraService late = pending.keySet().iterator().next();
                board.update(late.name(), "failed:", "not healthy after " + timeout.toSeconds() + " s");
                return Optional.of(new Failure(
                        late, "not healthy after " + timeout.toSeconds() + " s (" + late.healthUrl() + ")"));
            }
            Thread.sleep(pollInterval);
        }
    }
}
