package dev.agora.launcher.aot;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.process.ServiceEnvironment;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes one service's AOT cache as Spring Boot recommends: extract the jar, then a training run that exits once the
 * context has refreshed (beans created, Flyway run, broker connected; no port opened) and writes the cache on exit.
 */
final class AotTraining {

    private static final Duration EXTRACT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

    private final AgoraHome home;
    private final Path java;
    private final ServiceEnvironment environment;

    AotTraining(AgoraHome home, Path java, ServiceEnvironment environment) {
        this.home = home;
        this.java = java;
        this.environment = environment;
    }

    /** Empty when the cache was made; otherwise why not. */
    Optional<String> create(AgoraService service, AotCache cache, JarStamp stamp)
            throws IOException, InterruptedException {
        deleteRecursively(cache.dir());
        Files.createDirectories(cache.dir());
        var extract = List.of(
                java.toString(),
                "-Djarmode=tools",
                "-jar",
                home.resolve(service.jar()).toString(),
                "extract",
                "--destination",
                cache.jar().getParent().toString());
        int extracted = run(extract, service, cache, EXTRACT_TIMEOUT);
        if (extracted != 0) {
            return Optional.of("extracting the jar exited with " + extracted);
        }
        var train = new ArrayList<String>();
        train.add(java.toString());
        train.addAll(stamp.jvmArguments()); // the same as at start: the cache records them
        train.add("-XX:AOTCacheOutput=" + cache.file());
        train.add("-Xlog:aot=error"); // hundreds of "Skipping <class>" warnings would bury a real failure
        train.add("-Dspring.context.exit=onRefresh");
        train.add("-jar");
        train.add(cache.jar().toString());
        int trained = run(train, service, cache, TRAINING_TIMEOUT);
        if (trained != 0) {
            Files.deleteIfExists(cache.file()); // written even when the context failed: not worth trusting
            return Optional.of("the training run exited with " + trained);
        }
        if (!Files.isRegularFile(cache.file())) {
            return Optional.of("the training run wrote no " + cache.file().getFileName());
        }
        Files.writeString(cache.stampFile(), stamp.text());
        return Optional.empty();
    }

    /** Returns the exit code; -1 when it outlived its timeout (then it is killed, its cache-writing child too). */
    private int run(List<String> command, AgoraService service, AotCache cache, Duration timeout)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command)
                .directory(home.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(cache.trainingLog().toFile()));
        environment.applyTo(builder.environment(), service);
        Process process = builder.start();
        process.getOutputStream().close();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return -1;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
