package dev.agora.launcher.supervise;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.process.CommandLines;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one supervisor of a platform home: {@code ./agora supervise} in a process of its own session, so it outlives
 * {@code up -d}, with its pid in {@code .agora/supervisor/supervisor.pid} and its log in
 * {@code .agora/logs/supervisor.log}.
 */
public final class SupervisorProcess {

    static final String COMMAND = "supervise";

    /** The launcher's jar as ./agora builds it. */
    private static final String LAUNCHER_JAR = "platform/launcher/target/agora-launcher.jar";

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final List<String> JVM_ARGUMENTS = List.of("-XX:+UseSerialGC", "-Xmx32m", "-XX:TieredStopAtLevel=1");

    private final AgoraHome home;
    private final Path java;
    private final Duration stopGrace;

    public SupervisorProcess(AgoraHome home, Path java, Duration stopGrace) {
        this.home = home;
        this.java = java;
        this.stopGrace = stopGrace;
    }

    public Path pidFile() {
        return home.supervisorDir().resolve("supervisor.pid");
    }

    public Path log() {
        return home.logFile("supervisor");
    }

    /** The log's path as people read it: relative to the checkout. */
    public String logForPeople() {
        return home.relative(log());
    }

    /** The running supervisor of this home; a pid reused by another program does not count. */
    public Optional<ProcessHandle> running() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile()).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> CommandLines.of(process).contains(" " + COMMAND));
        } catch (IOException | NumberFormatException noSupervisor) {
            return Optional.empty();
        }
    }

    /** Starts one unless one runs. Returns its pid. */
    public long ensureRunning() {
        Optional<ProcessHandle> running = running();
        if (running.isPresent()) {
            return running.get().pid();
        }
        try {
            // a copy, so that ./agora rebuilding its jar does not pull classes from under the running supervisor
            Path jar = home.supervisorDir().resolve("agora-launcher.jar");
            Files.createDirectories(home.supervisorDir());
            Files.createDirectories(home.logsDir());
            Files.copy(home.resolve(LAUNCHER_JAR), jar, StandardCopyOption.REPLACE_EXISTING);
            var command = new ArrayList<String>();
            if (Files.isExecutable(SETSID)) {
                command.add(SETSID.toString());
            }
            command.add(java.toString());
            command.addAll(JVM_ARGUMENTS);
            command.add("-Dagora.home=" + home.root());
            command.add("-jar");
            command.add(jar.toString());
            command.add(COMMAND);
            Process process = new ProcessBuilder(command)
                    .directory(home.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log().toFile()))
                    .start();
            process.getOutputStream().close();
            // written here too, so that the supervisor counts as running before its JVM is up
            Files.writeString(pidFile(), process.pid() + System.lineSeparator());
            return process.pid();
        } catch (IOException e) {
            throw new LauncherException("cannot start the supervisor: " + e.getMessage(), e);
        }
    }

    /** Stops the supervisor (not the services) and waits for it; empty if none ran. */
    public Optional<Long> stop() {
        Optional<ProcessHandle> running = running();
        running.ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(stopGrace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new LauncherException("cannot delete " + home.relative(pidFile()), e);
        }
        return running.map(ProcessHandle::pid);
    }
}
