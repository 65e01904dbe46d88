package dev.agora.launcher.supervise;

import dev.agora.launcher.AgoraHome;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/** {@code .agora/supervisor/<service>.state}: written by the supervisor, read by status and up. */
public final class SupervisionFiles {

    private static final String SUFFIX = ".state";

    private final AgoraHome home;

    public SupervisionFiles(AgoraHome home) {
        this.home = home;
    }

    /** Written to a temporary file and moved, so a reader never sees half a file. */
    public void write(Supervision supervision) {
        var properties = new Properties();
        properties.setProperty("phase", supervision.phase().name());
        properties.setProperty("restarts", Integer.toString(supervision.restarts()));
        properties.setProperty("crashesInRow", Integer.toString(supervision.crashesInRow()));
        supervision.lastExit().ifPresent(code -> properties.setProperty("lastExit", Integer.toString(code)));
        supervision.lastExitAt().ifPresent(at -> properties.setProperty("lastExitAt", at.toString()));
        supervision.restartAt().ifPresent(at -> properties.setProperty("restartAt", at.toString()));
        Path file = file(supervision.service());
        try {
            Files.createDirectories(home.supervisorDir());
            Path temporary = Files.createTempFile(home.supervisorDir(), supervision.service(), ".tmp");
            try (var writer = Files.newBufferedWriter(temporary)) {
                properties.store(writer, null);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Empty when the supervisor has not seen the service (or the file cannot be read). */
    public Optional<Supervision> read(String service) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file(service))));
            return Optional.of(new Supervision(
                    service,
                    Supervision.Phase.valueOf(properties.getProperty("phase")),
                    Integer.parseInt(properties.getProperty("restarts", "0")),
                    Optional.ofNullable(properties.getProperty("lastExit"))
                            .map(code -> OptionalInt.of(Integer.parseInt(code)))
                            .orElse(OptionalInt.empty()),
                    Optional.ofNullable(properties.getProperty("lastExitAt")).map(Instant::parse),
                    Integer.parseInt(properties.getProperty("crashesInRow", "0")),
                    Optional.ofNullable(properties.getProperty("restartAt")).map(Instant::parse)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Forgets a service, so the next up starts its story afresh. */
    public void delete(String service) {
        try {
            Files.deleteIfExists(file(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String service) {
        return home.supervisorDir().resolve(service + SUFFIX);
    }
}
