package dev.agora.launcher.supervise;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.process.ServiceProcesses;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;

/**
 * {@code ./agora supervise}: the supervisor itself, started by up in the background (see {@link SupervisorProcess}).
 * It adopts the services already running, then ticks until SIGTERM; it leaves the services running when it stops,
 * since {@code down} stops them after it.
 */
@Command(name = SupervisorProcess.COMMAND, hidden = true, description = "Restart the services that die (run by up).")
public final class SuperviseCommand implements Callable<Integer> {

    private static final Duration TICK = Duration.ofMillis(250);

    private final ServiceCatalog catalog;
    private final ServiceProcesses processes;
    private final SupervisorProcess supervisorProcess;
    private final Supervisor supervisor;

    public SuperviseCommand(
            ServiceCatalog catalog,
            ServiceProcesses processes,
            SupervisorProcess supervisorProcess,
            Supervisor supervisor) {
        this.catalog = catalog;
        this.processes = processes;
        this.supervisorProcess = supervisorProcess;
        this.supervisor = supervisor;
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        var other = supervisorProcess.running();
        if (other.isPresent() && other.get().pid() != ProcessHandle.current().pid()) {
            throw new LauncherException(
                    "a supervisor already runs (pid " + other.get().pid() + ")");
        }
        Files.createDirectories(supervisorProcess.pidFile().getParent());
        Files.writeString(supervisorProcess.pidFile(), ProcessHandle.current().pid() + System.lineSeparator());
        var log = new PrintWriter(System.out, true);
        log.println("supervisor: pid " + ProcessHandle.current().pid());
        catalog.services()
                .forEach(service ->
                        processes.running(service.name()).ifPresent(running -> supervisor.adopt(service, running)));

        // SIGTERM: finish the current tick, so every process it started has its pid file before down reads them
        var stopping = new CountDownLatch(1);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.countDown();
                            try {
                                stopped.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "agora-supervisor-stop"));
        try {
            supervisor.run(() -> stopping.getCount() > 0, TICK);
        } finally {
            log.println("supervisor: stopped");
            stopped.countDown();
        }
        return 0;
    }
}
