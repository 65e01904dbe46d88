package dev.agora.launcher.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** Decides from file times whether a module's jar must be rebuilt, so unchanged modules skip Maven entirely. */
public final class StalenessCheck {

    /** Stale when the jar is missing or any file under {@code src/} or the module's pom.xml is newer than it. */
    public boolean isStale(Path moduleDir, Path jar) {
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        FileTime built = lastModified(jar);
        Path pom = moduleDir.resolve("pom.xml");
        if (Files.isRegularFile(pom) && lastModified(pom).compareTo(built) > 0) {
            return true;
        }
        try (Stream<Path> sources = regularFilesUnder(moduleDir.resolve("src"))) {
            return sources.anyMatch(file -> lastModified(file).compareTo(built) > 0);
        }
    }

    /** A module without main sources would build an empty jar that cannot start; callers report it instead. */
    public boolean hasMainSources(Path moduleDir) {
        try (Stream<Path> sources = regularFilesUnder(moduleDir.resolve("src/main"))) {
            return sources.findAny().isPresent();
        }
    }

    private static Stream<Path> regularFilesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try {
            return Files.walk(dir).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
