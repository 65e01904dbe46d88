package dev.agora.launcher.down;

import dev.agora.launcher.process.ServiceProcesses;
import dev.agora.launcher.supervise.SupervisorProcess;
import java.util.ArrayList;
import java.util.List;

/** Stops the supervisor first, so it does not restart what is being stopped, then every service. */
public final class PlatformStop {

    private final SupervisorProcess supervisor;
    private final ServiceProcesses processes;

    public PlatformStop(SupervisorProcess supervisor, ServiceProcesses processes) {
        this.supervisor = supervisor;
        this.processes = processes;
    }

    /** A line per process for the user; empty when nothing ran. */
    public List<String> stop() {
        var report = new ArrayList<String>();
        supervisor.stop().ifPresent(pid -> report.add("supervisor: stopped (pid " + pid + ")"));
        report.addAll(processes.stopAll());
        return report;
    }
}
