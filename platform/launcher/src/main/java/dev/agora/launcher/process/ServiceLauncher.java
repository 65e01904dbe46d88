package dev.agora.launcher.process;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/** Starts a service jar as its own process, output to its log file, pid to its pid file. */
public final class ServiceLauncher {

    /** Own session, so closing the terminal or ssh that ran {@code up -d} does not SIGHUP the services. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final AgoraHome home;
    private final Path java;
    private final ServiceEnvironment environment;
    private final PidFiles pidFiles;

    public ServiceLauncher(AgoraHome home, Path java, ServiceEnvironment environment, PidFiles pidFiles) {
        this.home = home;
        this.java = java;
        this.environment = environment;
        this.pidFiles = pidFiles;
    }

    public Process start(AgoraService service) {
        var command = new ArrayList<String>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString()); // execs in place: the pid stays the service's own
        }
        command.add(java.toString());
        command.addAll(environment.jvmArguments());
        command.add("-jar");
        command.add(home.resolve(service.jar()).toString());
        try {
            Files.createDirectories(home.logsDir());
            var builder = new ProcessBuilder(command)
                    .directory(home.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(home.logFile(service.name()).toFile()));
            builder.environment().putAll(environment.variablesFor(service));
            Process process = builder.start();
            process.getOutputStream().close(); // services read no input; EOF rather than a pipe nobody writes to
            pidFiles.write(service.name(), process.pid());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }
}
