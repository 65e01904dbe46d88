package dev.agora.launcher.aot;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service's AOT cache folder: the jar extracted by Spring Boot's tools (the cache only works with that form), the
 * cache the JVM wrote on a training run, the stamp of the jar it was made from and the training run's log.
 */
public record AotCache(Path dir, String jarFileName) {

    /** Keeps the service jar's own file name, so the process's command line still names the service. */
    public Path jar() {
        return dir.resolve("app").resolve(jarFileName);
    }

    public Path file() {
        return dir.resolve("app.aot");
    }

    Path stampFile() {
        return dir.resolve("stamp");
    }

    public Path trainingLog() {
        return dir.resolve("training.log");
    }

    public String jvmArgument() {
        return "-XX:AOTCache=" + file();
    }

    boolean isComplete() {
        return Files.isRegularFile(jar()) && Files.isRegularFile(file()) && Files.isRegularFile(stampFile());
    }
}
