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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "up",
        description = "Check the servers, build what changed, start every service that does not run yet under the"
                + " supervisor (which restarts a service that dies) and wait until they are healthy.")
public final class UpCommand implements Callable<Integer> {

    private static final int LOG_LINES_ON_FAILURE = 30;

    private final AgoraHome home;
    private final ServiceCatalog catalog;
    private final InfrastructureSettings settings;
    private final PlatformPreparation preparation;
    private final Supervised supervised;
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
            Supervised supervised,
            HealthWaiter waiter,
            AdminCredentials adminCredentials) {
        this.home = home;
        this.catalog = catalog;
        this.settings = settings;
        this.preparation = preparation;
        this.supervised = supervised;
        this.waiter = waiter;
        this.adminCredentials = adminCredentials;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<AgoraService> missing = preparation.prepareMissing(out);
        if (missing.isEmpty()) {
            long supervisor = supervised.ensureSupervisor(); // it adopts them if none did
            out.println("All " + catalog.services().size() + " services run already, supervised (pid " + supervisor
                    + "): nothing to start.");
            printUrls(out);
            return 0;
        }
        boolean wholePlatform = missing.size() == catalog.services().size();
        // registered before the first start, so Ctrl-C at any point leaves nothing behind
        Thread stopOnExit = new Thread(() -> supervised.stopPlatform(out), "agora-stop-services");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        out.println("Services" + (wholePlatform ? ":" : " not running yet:"));
        long startedAt = System.nanoTime();
        var starting = supervised.start(missing);
        out.println("  supervisor: pid " + starting.supervisorPid() + ", log " + home.relative(starting.log()));
        var board = ProgressBoard.forConsole(
                out, missing.stream().map(AgoraService::name).toList());
        Optional<HealthWaiter.Failure> failure = waiter.awaitHealthy(
                        missing, service -> supervised.failure(service, starting), startedAt, board)
                .failure();
        if (failure.isPresent()) {
            if (!wholePlatform) {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            }
            return fail(out, failure.get().service(), failure.get().reason(), wholePlatform);
        }
        printUrls(out);
        if (detach) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            out.println("Running in the background: ./agora status | ./agora logs <service> -f | ./agora down");
            return 0;
        }
        out.println("Press Ctrl-C to stop all services (until then, a service that dies is restarted).");
        out.flush();
        supervised.awaitSupervisorExit();
        if (supervised.stopping()) {
            return 0;
        }
        out.println("The supervisor stopped (see " + home.relative(starting.log())
                + "): the services run on unsupervised; ./agora up supervises them again.");
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        return 1;
    }

    /** The whole platform comes down after a failed start of it; a partial up leaves the rest to the supervisor. */
    private int fail(PrintWriter out, AgoraService service, String reason, boolean wholePlatform) {
        var log = home.logFile(service.name());
        out.println(service.name() + " " + reason + ". Last lines of " + home.relative(log) + ":");
        LogTail.lastLines(log, LOG_LINES_ON_FAILURE).forEach(line -> out.println("  | " + line));
        if (wholePlatform) {
            supervised.stopPlatform(out);
        } else {
            out.println("The supervisor keeps trying (./agora status); ./agora down stops everything.");
        }
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
