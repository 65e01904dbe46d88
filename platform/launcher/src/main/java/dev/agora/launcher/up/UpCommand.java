package dev.agora.launcher.up;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.admin.AdminCredential;
import dev.agora.launcher.admin.AdminCredentials;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.console.ProgressBoard;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import dev.agora.launcher.logs.LogTail;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "up",
        description = "Check the servers, build what changed, start every service and wait until all are healthy.")
public final class UpCommand implements Callable<Integer> {

    private static final int LOG_LINES_ON_FAILURE = 30;

    private final AgoraHome home;
    private final ServiceCatalog catalog;
    private final InfrastructureSettings settings;
    private final PlatformPreparation preparation;
    private final LaunchedServices launched;
    private final HealthWaiter waiter;
    private final AdminCredentials adminCredentials;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-d", "--detach"},
            description = "Return once all services are healthy and leave them running (stop with ./agora down).")
    private boolean detach;

    public UpCommand(
            AgoraHome home,
            ServiceCatalog catalog,
            InfrastructureSettings settings,
            PlatformPreparation preparation,
            LaunchedServices launched,
            HealthWaiter waiter,
            AdminCredentials adminCredentials) {
        this.home = home;
        this.catalog = catalog;
        this.settings = settings;
        this.preparation = preparation;
        this.launched = launched;
        this.waiter = waiter;
        this.adminCredentials = adminCredentials;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        preparation.prepare(out);

        // registered before the first start, so Ctrl-C at any point leaves nothing behind
        Thread stopOnExit = new Thread(() -> launched.stopAll(out), "agora-stop-services");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        out.println("Services:");
        long startedAt = System.nanoTime();
        catalog.services().forEach(launched::start);
        var board = ProgressBoard.forConsole(out, catalog.names());
        Optional<HealthWaiter.Failure> failure =
                waiter.awaitHealthy(launched.processes(), startedAt, board).failure();
        if (failure.isPresent()) {
            return fail(out, failure.get().service(), failure.get().reason());
        }
        printUrls(out);
        if (detach) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            out.println("Running in the background: ./agora status | ./agora logs <service> -f | ./agora down");
            return 0;
        }
        out.println("Press Ctrl-C to stop all services.");
        out.flush();
        AgoraService exited = launched.awaitFirstExit();
        if (stoppedOnPurpose()) {
            return 0;
        }
        int code = launched.processes().get(exited).exitValue();
        return fail(out, exited, "exited with code " + code);
    }

    /**
     * Ctrl-C reaches the services and the launcher at once, so a service may exit before the shutdown hook starts:
     * give the hook a moment, then ask whether the JVM is shutting down (adding a hook is refused once it is).
     */
    private boolean stoppedOnPurpose() throws InterruptedException {
        Thread.sleep(500);
        if (launched.stopping()) {
            return true;
        }
        try {
            var probe = new Thread(() -> {});
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    private int fail(PrintWriter out, AgoraService service, String reason) {
        var log = home.logFile(service.name());
        out.println(service.name() + " " + reason + ". Last lines of " + home.relative(log) + ":");
        LogTail.lastLines(log, LOG_LINES_ON_FAILURE).forEach(line -> out.println("  | " + line));
        launched.stopAll(out);
        return 1;
    }

    private void printUrls(PrintWriter out) {
        out.println("URLs:");
        for (AgoraService service : catalog.services()) {
            out.printf("  %-20s %s  (%s)%n", service.name(), service.url(), service.description());
        }
        out.printf(
                "  %-20s %s  (user %s)%n",
                "RabbitMQ management", settings.rabbitManagementUrl(), settings.rabbitUser());
        catalog.find(ServiceCatalog.PORTAL_SERVICE).ifPresent(console -> {
            AdminCredential admin = adminCredentials.current();
            String kept = admin.file()
                    .map(file -> "password " + admin.password() + ", kept in " + home.relative(file))
                    .orElse("password from " + AdminCredentials.PASSWORD_VARIABLE);
            out.printf("  %-20s %s/ops  (user %s, %s)%n", "Ops console", console.url(), admin.user(), kept);
        });
        catalog.find(ServiceCatalog.AUTH_SERVICE)
                .ifPresent(auth -> out.printf(
                        "  %-20s ./agora token [--scope <scope>...]  (for scripts and curl)%n", "Operator token"));
        out.flush();
    }
}
