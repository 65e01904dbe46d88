package dev.agora.launcher.supervise;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.health.HealthProbe;
import dev.agora.launcher.health.HealthState;
import dev.agora.launcher.process.ServiceProcesses;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "restart",
        description = "Stop a service gracefully and start it again through the supervisor; wait until it is healthy.")
public final class RestartCommand implements Callable<Integer> {

    private final ServiceCatalog catalog;
    private final ServiceProcesses processes;
    private final SupervisorProcess supervisor;
    private final SupervisorRequests requests;
    private final HealthProbe probe;
    private final Duration timeout;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<service>", description = "The service, e.g. inventory.")
    private String name;

    public RestartCommand(
            ServiceCatalog catalog,
            ServiceProcesses processes,
            SupervisorProcess supervisor,
            SupervisorRequests requests,
            HealthProbe probe,
            Duration timeout) {
        this.catalog = catalog;
        this.processes = processes;
        this.supervisor = supervisor;
        this.requests = requests;
        this.probe = probe;
        this.timeout = timeout;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AgoraService service = catalog.find(name)
                .orElseThrow(() -> new LauncherException(
                        "unknown service '" + name + "'; known: " + String.join(", ", catalog.names())));
        Optional<Long> before = processes.running(name).map(ProcessHandle::pid);
        if (before.isEmpty() && supervisor.running().isEmpty()) {
            throw new LauncherException(name + " is not running: start the platform with ./agora up");
        }
        long started = System.nanoTime();
        requests.send(name, SupervisorRequests.Action.RESTART);
        supervisor.ensureRunning(); // a supervisor started now adopts the running service, then reads the request
        out.println(
                "Restarting " + name + before.map(pid -> " (pid " + pid + ")").orElse("") + " …");
        out.flush();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> now = processes.running(name).map(ProcessHandle::pid);
            if (now.isPresent() && !now.equals(before) && probe.check(service) == HealthState.UP) {
                long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
                out.println(name + " restarted: pid " + now.get() + ", healthy in " + seconds + " s");
                return 0;
            }
            Thread.sleep(500);
        }
        throw new LauncherException(name + " not healthy " + timeout.toSeconds()
                + " s after the restart: see ./agora logs " + name + " and ./agora status");
    }
}
