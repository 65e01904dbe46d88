package dev.agora.launcher.process;

import dev.agora.launcher.AgoraHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** {@code .agora/run/<service>.pid}: the pid alone, so {@code kill $(cat ...)} works too. */
public final class PidFiles {

    private static final String SUFFIX = ".pid";

    private final AgoraHome home;

    public PidFiles(AgoraHome home) {
        this.home = home;
    }

    public void write(String service, long pid) {
        try {
            Files.createDirectories(home.runDir());
            Files.writeString(home.pidFile(service), pid + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when there is no pid file or it does not hold a number. */
    public OptionalLong read(String service) {
        Path file = home.pidFile(service);
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The services that have a pid file, whether or not they still run. */
    public List<String> services() {
        if (!Files.isDirectory(home.runDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(home.runDir())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String service) {
        try {
            Files.deleteIfExists(home.pidFile(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
