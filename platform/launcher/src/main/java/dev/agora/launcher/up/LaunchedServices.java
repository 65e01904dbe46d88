package dev.agora.launcher.up;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.process.PidFiles;
import dev.agora.launcher.process.ProcessStopper;
import dev.agora.launcher.process.ServiceLauncher;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/** The processes a start-up benchmark round started; stopped together, at most once (the shutdown hook may race). */
public final class LaunchedServices {

    private final ServiceLauncher launcher;
    private final PidFiles pidFiles;
    private final ProcessStopper stopper;
    private final Map<AgoraService, Process> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicBoolean stopped = new AtomicBoolean();

    public LaunchedServices(ServiceLauncher launcher, PidFiles pidFiles, ProcessStopper stopper) {
        this.launcher = launcher;
        this.pidFiles = pidFiles;
        this.stopper = stopper;
    }

    public void start(AgoraService service) {
        processes.put(service, launcher.start(service));
    }

    public Map<AgoraService, Process> processes() {
        synchronized (processes) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(processes));
        }
    }

    public void stopAll(PrintWriter out) {
        if (!stopped.compareAndSet(false, true) || processes.isEmpty()) {
            return;
        }
        var snapshot = processes();
        String names = snapshot.keySet().stream().map(AgoraService::name).collect(Collectors.joining(", "));
        out.println("Stopping " + names + " …");
        out.flush();
        stopper.stop(snapshot.values().stream().map(Process::toHandle).toList());
        snapshot.keySet().forEach(service -> pidFiles.delete(service.name()));
        out.println("Stopped.");
        out.flush();
    }
}
