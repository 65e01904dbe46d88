package dev.agora.launcher.process;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.aot.AotCache;
import dev.agora.launcher.aot.AotCaches;
import dev.agora.launcher.catalog.AgoraService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/** Starts a service jar as its own process, with its AOT cache when there is one; output to its log, pid to a file. */
public final class ServiceLauncher implements ServiceStarter {

    /** Own session, so closing the terminal or ssh that ran {@code up -d} does not SIGHUP the services. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final AgoraHome home;
    private final Path java;
    private final ServiceEnvironment environment;
    private final PidFiles pidFiles;
    private final AotCaches aotCaches;
    private final boolean useAotCaches;

    public ServiceLauncher(
            AgoraHome home, Path java, ServiceEnvironment environment, PidFiles pidFiles, AotCaches aotCaches) {
        this(home, java, environment, pidFiles, aotCaches, true);
    }

    private ServiceLauncher(
            AgoraHome home,
            Path java,
            ServiceEnvironment environment,
            PidFiles pidFiles,
            AotCaches aotCaches,
            boolean useAotCaches) {
        this.home = home;
        this.java = java;
        this.environment = environment;
        this.pidFiles = pidFiles;
        this.aotCaches = aotCaches;
        this.useAotCaches = useAotCaches;
    }

    /** The same launcher starting the plain jars: what the start-up benchmark compares the caches against. */
    public ServiceLauncher withoutAotCaches() {
        return new ServiceLauncher(home, java, environment, pidFiles, aotCaches, false);
    }

    @Override
    public Process start(AgoraService service) {
        return launch(
                service, Map.of(), Redirect.to(home.logFile(service.name()).toFile()));
    }

    @Override
    public Process restart(AgoraService service, Restart restart) {
        Path log = home.logFile(service.name());
        try {
            Files.createDirectories(home.logsDir());
            Files.writeString(
                    log,
                    System.lineSeparator() + restart.logNote() + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + log, e);
        }
        return launch(service, restart.variables(), Redirect.appendTo(log.toFile()));
    }

    private Process launch(AgoraService service, Map<String, String> variables, Redirect output) {
        Optional<AotCache> cache = useAotCaches ? aotCaches.usableFor(service) : Optional.empty();
        var command = new ArrayList<String>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString()); // execs in place: the pid stays the service's own
        }
        command.add(java.toString());
        command.addAll(environment.jvmArguments());
        cache.ifPresent(c -> command.add(c.jvmArgument()));
        command.add("-jar");
        command.add(cache.map(AotCache::jar).orElse(home.resolve(service.jar())).toString());
        try {
            Files.createDirectories(home.logsDir());
            var builder = new ProcessBuilder(command)
                    .directory(home.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output);
            environment.applyTo(builder.environment(), service);
            builder.environment().putAll(variables);
            Process process = builder.start();
            process.getOutputStream().close(); // services read no input; EOF rather than a pipe nobody writes to
            pidFiles.write(service.name(), process.pid());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }
}
