package dev.agora.shop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One service's jar run as a process of its own, its output appended to {@code <logs>/<name>.log}. */
final class ServiceProcess {

    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, Path logFile, Process process) {
        this.name = name;
        this.logFile = logFile;
        this.process = process;
    }

    static ServiceProcess start(String name, Path jar, Map<String, String> env, List<String> jvmArgs, Path logsDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw package)");
        }
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logsDir);
            var logFile = logsDir.resolve(name + ".log");
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            return new ServiceProcess(name, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the service at this URL reports UP, failing early when the process has died. */
    void awaitHealthy(String url) {
        new HealthWait(url, HEALTH_TIMEOUT).until(this::deathReason);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20))) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private @Nullable String deathReason() {
        if (process.isAlive()) {
            return null;
        }
        return name + " exited with code " + process.exitValue() + "; see " + logFile;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
