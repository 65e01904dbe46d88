package dev.agora.launcher.up;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.down.PlatformStop;
import dev.agora.launcher.supervise.Supervision;
import dev.agora.launcher.supervise.SupervisionFiles;
import dev.agora.launcher.supervise.SupervisorProcess;
import dev.agora.launcher.supervise.SupervisorRequests;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Up's side of the supervisor: asks it to start services, tells from its records whether they failed, stops all. */
public final class Supervised {

    /** What one up asked for: which supervisor, since when. */
    public record Start(long supervisorPid, Path log, Instant requestedAt) {}

    private final SupervisorProcess supervisor;
    private final SupervisorRequests requests;
    private final SupervisionFiles files;
    private final PlatformStop platform;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public Supervised(
            SupervisorProcess supervisor, SupervisorRequests requests, SupervisionFiles files, PlatformStop platform) {
        this.supervisor = supervisor;
        this.requests = requests;
        this.files = files;
        this.platform = platform;
    }

    /** The requests go first: a supervisor started here adopts what runs, then starts these. */
    public Start start(List<AgoraService> services) {
        Instant requestedAt = Instant.now();
        for (AgoraService service : services) {
            files.delete(service.name());
            requests.send(service.name(), SupervisorRequests.Action.START);
        }
        return new Start(supervisor.ensureRunning(), supervisor.log(), requestedAt);
    }

    /** Starts a supervisor unless one runs (a new one adopts the running services); returns its pid. */
    public long ensureSupervisor() {
        return supervisor.ensureRunning();
    }

    /** A service that exited since the start, or a supervisor gone, will not become healthy by waiting. */
    public Optional<String> failure(AgoraService service, Start start) {
        if (supervisor.running().isEmpty()) {
            return Optional.of("was not started: the supervisor stopped (see its log)");
        }
        return files.read(service.name())
                .filter(supervision -> supervision.exitedAfter(start.requestedAt()))
                .map(Supervision::exitLabel)
                .map(code -> "exited with code " + code);
    }

    public void awaitSupervisorExit() {
        supervisor.running().ifPresent(process -> process.onExit().join());
    }

    /** True once {@link #stopPlatform} began: the supervisor exiting after that is expected. */
    public boolean stopping() {
        return stopping.get();
    }

    /** At most once: Ctrl-C's shutdown hook and a failure may race. */
    public void stopPlatform(PrintWriter out) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        out.println("Stopping …");
        out.flush();
        platform.stop().forEach(line -> out.println("  " + line));
        out.println("Stopped.");
        out.flush();
    }
}
