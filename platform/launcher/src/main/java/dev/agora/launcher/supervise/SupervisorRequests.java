package dev.agora.launcher.supervise;

import dev.agora.launcher.AgoraHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code .agora/supervisor/requests/<service>.<action>}: how up and restart ask the running supervisor, which reads
 * and deletes them on every tick. A file rather than a socket: it waits for a supervisor that is still starting.
 */
public final class SupervisorRequests {

    public enum Action {
        /** Supervise the service, starting it now unless it runs; a service the supervisor gave up on starts afresh. */
        START,
        /** Stop it gracefully and start it again at once. */
        RESTART
    }

    public record Request(String service, Action action) {}

    private final Path directory;

    public SupervisorRequests(AgoraHome home) {
        this.directory = home.supervisorDir().resolve("requests");
    }

    public void send(String service, Action action) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, service, ".tmp");
            Files.move(
                    temporary,
                    directory.resolve(service + "." + action.name().toLowerCase(Locale.ROOT)),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask the supervisor to " + action + " " + service, e);
        }
    }

    /** The requests sent since the last call, each returned once. */
    public List<Request> take() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        var requests = new ArrayList<Request>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                // a temporary file still being moved into place has no action's suffix
                Optional<Action> action = actionOf(name.substring(dot + 1));
                if (action.isPresent() && Files.deleteIfExists(file)) {
                    requests.add(new Request(name.substring(0, dot), action.get()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return requests;
    }

    private static Optional<Action> actionOf(String suffix) {
        return Arrays.stream(Action.values())
                .filter(action -> action.name().toLowerCase(Locale.ROOT).equals(suffix))
                .findFirst();
    }
}
