package dev.agora.launcher;

import dev.agora.launcher.admin.AdminCredentials;
import dev.agora.launcher.aot.AotCaches;
import dev.agora.launcher.bench.BenchCommand;
import dev.agora.launcher.bench.BenchTargets;
import dev.agora.launcher.bench.startup.StartupBenchmark;
import dev.agora.launcher.build.MavenWrapper;
import dev.agora.launcher.build.ModuleBuilder;
import dev.agora.launcher.build.StalenessCheck;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.demo.DemoCommand;
import dev.agora.launcher.down.DownCommand;
import dev.agora.launcher.down.PlatformStop;
import dev.agora.launcher.health.HealthProbe;
import dev.agora.launcher.identity.ClientSecrets;
import dev.agora.launcher.identity.PlatformIdentity;
import dev.agora.launcher.identity.TokenCommand;
import dev.agora.launcher.infrastructure.AgoraDatabase;
import dev.agora.launcher.infrastructure.InfrastructureChecks;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import dev.agora.launcher.logs.LogsCommand;
import dev.agora.launcher.process.JarRunner;
import dev.agora.launcher.process.JavaRuntime;
import dev.agora.launcher.process.PidFiles;
import dev.agora.launcher.process.ProcessStopper;
import dev.agora.launcher.process.ServiceEnvironment;
import dev.agora.launcher.process.ServiceLauncher;
import dev.agora.launcher.process.ServiceProcesses;
import dev.agora.launcher.status.StatusCommand;
import dev.agora.launcher.supervise.Backoff;
import dev.agora.launcher.supervise.RestartCommand;
import dev.agora.launcher.supervise.SuperviseCommand;
import dev.agora.launcher.supervise.SupervisionFiles;
import dev.agora.launcher.supervise.Supervisor;
import dev.agora.launcher.supervise.SupervisorProcess;
import dev.agora.launcher.supervise.SupervisorRequests;
import dev.agora.launcher.up.HealthWaiter;
import dev.agora.launcher.up.PlatformPreparation;
import dev.agora.launcher.up.Supervised;
import dev.agora.launcher.up.UpCommand;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./agora}: runs the platform's services as local processes. Wires the commands by hand: no Spring here. */
@Command(
        name = "agora",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // -h/--help on every subcommand too
        version = "agora 0.1.0",
        description = "Runs the Agora platform on this machine.",
        subcommands = CommandLine.HelpCommand.class)
public final class Agora implements Callable<Integer> {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        try {
            System.exit(commandLine(AgoraHome.locate(), System.getenv(), ServiceCatalog.standard())
                    .execute(args));
        } catch (LauncherException e) { // e.g. a malformed AGORA_* variable, found while wiring
            System.err.println("agora: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Without a subcommand there is nothing to do: show what there is, and fail like any usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    public static CommandLine commandLine(AgoraHome home, Map<String, String> env, ServiceCatalog catalog) {
        var settings = InfrastructureSettings.fromEnvironment(env);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var pidFiles = new PidFiles(home);
        var stopper = new ProcessStopper(STOP_GRACE);
        var processes = new ServiceProcesses(pidFiles, catalog, stopper);
        var probe = new HealthProbe(http);
        var builder = new ModuleBuilder(home, new StalenessCheck(), new MavenWrapper(home));
        var adminCredentials =
                new AdminCredentials(home.dataDir().resolve("admin-credential"), env, new SecureRandom());
        var clientSecrets = new ClientSecrets(home.dataDir().resolve("client-secrets"), new SecureRandom());
        var identity = new PlatformIdentity(catalog, clientSecrets, adminCredentials, env);
        var environment = new ServiceEnvironment(settings, identity, env);
        Path java = JavaRuntime.current();
        var aotCaches = new AotCaches(home, java, environment);
        var launcher = new ServiceLauncher(home, java, environment, pidFiles, aotCaches);
        var preparation = new PlatformPreparation(
                catalog,
                InfrastructureChecks.standard(settings, http),
                new AgoraDatabase(settings),
                builder,
                processes,
                aotCaches);
        var waiter = new HealthWaiter(probe, HEALTH_TIMEOUT, Duration.ofMillis(500));
        var runner = new JarRunner(home, java, environment.jvmArguments());
        var startupBenchmark = new StartupBenchmark(
                home, catalog, preparation, launcher, pidFiles, stopper, waiter, environment.jvmArguments());

        var supervisorProcess = new SupervisorProcess(home, java, STOP_GRACE);
        var requests = new SupervisorRequests(home);
        var supervision = new SupervisionFiles(home);
        var platformStop = new PlatformStop(supervisorProcess, processes);
        var supervisor = new Supervisor(
                catalog,
                launcher,
                Backoff.standard(),
                STOP_GRACE,
                supervision,
                requests,
                new PrintWriter(System.out, true));

        var commandLine = new CommandLine(new Agora())
                .addSubcommand(new UpCommand(
                        home,
                        catalog,
                        settings,
                        preparation,
                        new Supervised(supervisorProcess, requests, supervision, platformStop),
                        waiter,
                        adminCredentials))
                .addSubcommand(new DownCommand(platformStop))
                .addSubcommand(new StatusCommand(catalog, processes, probe, supervisorProcess, supervision))
                .addSubcommand(
                        new RestartCommand(catalog, processes, supervisorProcess, requests, probe, HEALTH_TIMEOUT))
                .addSubcommand(new SuperviseCommand(catalog, processes, supervisorProcess, supervisor))
                .addSubcommand(new LogsCommand(home, catalog))
                .addSubcommand(new TokenCommand(home, identity, clientSecrets, http))
                .addSubcommand(new BenchCommand(BenchTargets.standard(), catalog, builder, runner, startupBenchmark))
                .addSubcommand(new DemoCommand(catalog, settings, builder, probe, runner, clientSecrets));
        // everything after the bench target belongs to the benchmark, and every demo argument to the demo
        commandLine.getSubcommands().get("bench").setStopAtPositional(true);
        commandLine.getSubcommands().get("demo").setStopAtPositional(true);
        commandLine.getSubcommands().get("demo").setUnmatchedOptionsArePositionalParams(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof LauncherException) {
                cmd.getErr().println("agora: " + e.getMessage());
                cmd.getErr().flush();
                return 1;
            }
            throw e;
        });
        return commandLine;
    }
}
