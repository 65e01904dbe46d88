package dev.agora.launcher.build;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the repository's ./mvnw, which finds JDK 25 on its own, with its output in a log rather than the terminal. */
public final class MavenWrapper implements MavenInstall {

    private final AgoraHome home;

    public MavenWrapper(AgoraHome home) {
        this.home = home;
    }

    @Override
    public int install(List<String> modules, Path log) {
        var command = List.of(
                home.resolve("mvnw").toString(),
                "-q",
                "-DskipTests",
                "-pl",
                String.join(",", modules),
                "-am",
                "install");
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command)
                    .directory(home.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new LauncherException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while building " + String.join(",", modules), e);
        }
    }
}
