package dev.agora.launcher.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an AOT cache was made from: the service jar (size and time, which every build changes), the JDK and the JVM
 * arguments. A cache whose stamp differs is made again; the JVM would otherwise ignore it with a warning.
 */
record JarStamp(long size, long modifiedMillis, String javaVersion, List<String> jvmArguments) {

    JarStamp {
        jvmArguments = List.copyOf(jvmArguments);
    }

    /** Empty when the jar is missing. */
    static Optional<JarStamp> of(Path jar, List<String> jvmArguments) {
        try {
            return Optional.of(new JarStamp(
                    Files.size(jar),
                    Files.getLastModifiedTime(jar).toMillis(),
                    System.getProperty("java.version"),
                    jvmArguments));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean isRecordedIn(Path stampFile) {
        try {
            return Files.readString(stampFile).equals(text());
        } catch (IOException e) {
            return false;
        }
    }

    String text() {
        return "size=" + size + "\nmodified=" + modifiedMillis + "\njava=" + javaVersion + "\njvm="
                + String.join(" ", jvmArguments) + "\n";
    }
}
