package dev.agora.launcher.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalenessCheckTest {

    private static final Instant BUILT = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path module;

    private final StalenessCheck check = new StalenessCheck();
    private Path jar;

    @BeforeEach
    void moduleBuiltAfterItsSources() throws IOException {
        touch(module.resolve("pom.xml"), BUILT.minusSeconds(60));
        touch(module.resolve("src/main/java/dev/agora/App.java"), BUILT.minusSeconds(60));
        jar = module.resolve("target/agora-app.jar");
        touch(jar, BUILT);
    }

    @Test
    void jarNewerThanEverySourceIsNotStale() {
        assertThat(check.isStale(module, jar)).isFalse();
    }

    @Test
    void missingJarIsStale() throws IOException {
        Files.delete(jar);

        assertThat(check.isStale(module, jar)).isTrue();
    }

    @Test
    void sourceChangedAfterTheBuildMakesItStale() throws IOException {
        touch(module.resolve("src/main/java/dev/agora/App.java"), BUILT.plusSeconds(1));

        assertThat(check.isStale(module, jar)).isTrue();
    }

    @Test
    void newResourceOrTestDeepUnderSrcMakesItStale() throws IOException {
        touch(module.resolve("src/test/resources/db/fixture.sql"), BUILT.plusSeconds(5));

        assertThat(check.isStale(module, jar)).isTrue();
    }

    @Test
    void pomChangedAfterTheBuildMakesItStale() throws IOException {
        touch(module.resolve("pom.xml"), BUILT.plusSeconds(1));

        assertThat(check.isStale(module, jar)).isTrue();
    }

    @Test
    void filesOutsideSrcAndPomDoNotCount() throws IOException {
        touch(module.resolve("target/classes/App.class"), BUILT.plusSeconds(10));
        touch(module.resolve("README.md"), BUILT.plusSeconds(10));

        assertThat(check.isStale(module, jar)).isFalse();
    }

    @Test
    void moduleWithOnlyAPomHasNoMainSources() throws IOException {
        Path empty = Files.createDirectories(module.resolve("other"));
        touch(empty.resolve("pom.xml"), BUILT);
        Files.createDirectories(empty.resolve("src/main/java"));

        assertThat(check.hasMainSources(empty)).isFalse();
        assertThat(check.hasMainSources(module)).isTrue();
    }

    private static void touch(Path file, Instant time) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "x");
        }
        Files.setLastModifiedTime(file, FileTime.from(time));
    }
}
