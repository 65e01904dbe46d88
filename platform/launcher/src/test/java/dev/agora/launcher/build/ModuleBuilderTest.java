package dev.agora.launcher.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleBuilderTest {

    private static final Instant BUILT = Instant.parse("2025-06-01T12:00:00Z");

    record Module(String module, String jar) implements JarModule {}

    @TempDir
    Path root;

    private final List<List<String>> mavenRuns = new ArrayList<>();
    private final StringWriter printed = new StringWriter();
    private final PrintWriter out = new PrintWriter(printed, true);

    @Test
    void buildsOnlyStaleModulesInOneMavenRun() throws IOException {
        var fresh = module("services/fresh", BUILT.minusSeconds(10), true);
        var changed = module("services/changed", BUILT.plusSeconds(10), true);
        var unbuilt = module("services/unbuilt", BUILT.minusSeconds(10), false);
        var builder = new ModuleBuilder(new AgoraHome(root), new StalenessCheck(), producingJars(changed, unbuilt));

        List<String> built = builder.ensureBuilt(List.of(fresh, changed, unbuilt), out);

        assertThat(built).containsExactly("services/changed", "services/unbuilt");
        assertThat(mavenRuns).containsExactly(List.of("services/changed", "services/unbuilt"));
    }

    @Test
    void aChangeInTheMessagingLibraryRebuildsTheServicesBuiltWithIt() throws IOException {
        var fresh = module("services/fresh", BUILT.minusSeconds(10), true);
        var library = root.resolve("messaging/agora-messaging/src/main/java/Changed.java");
        Files.createDirectories(library.getParent());
        Files.writeString(library, "class Changed {}");
        Files.setLastModifiedTime(library, FileTime.from(BUILT.plusSeconds(60)));
        var builder = new ModuleBuilder(new AgoraHome(root), new StalenessCheck(), producingJars(fresh));

        assertThat(builder.ensureBuilt(List.of(fresh), out)).containsExactly("services/fresh");
    }

    @Test
    void upToDateModulesDoNotRunMaven() throws IOException {
        var fresh = module("services/fresh", BUILT.minusSeconds(10), true);
        var builder = new ModuleBuilder(new AgoraHome(root), new StalenessCheck(), producingJars());

        assertThat(builder.ensureBuilt(List.of(fresh), out)).isEmpty();
        assertThat(mavenRuns).isEmpty();
    }

    @Test
    void moduleWithoutSourcesIsReportedInsteadOfBuilt() throws IOException {
        Files.createDirectories(root.resolve("services/logger"));
        Files.writeString(root.resolve("services/logger/pom.xml"), "<project/>");
        var logger = new Module("services/logger", "services/logger/target/agora-logger.jar");
        var builder = new ModuleBuilder(new AgoraHome(root), new StalenessCheck(), producingJars());

        assertThatThrownBy(() -> builder.ensureBuilt(List.of(logger), out))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("services/logger has no sources yet");
        assertThat(mavenRuns).isEmpty();
    }

    @Test
    void failedBuildIsReportedWithItsExitCode() throws IOException {
        var changed = module("services/changed", BUILT.plusSeconds(10), true);
        var builder = new ModuleBuilder(new AgoraHome(root), new StalenessCheck(), (modules, log) -> {
            writeLog(log, "[ERROR] COMPILATION ERROR: App.java:[3,1] class, interface or enum expected");
            return 1;
        });

        assertThatThrownBy(() -> builder.ensureBuilt(List.of(changed), out))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("build failed")
                .hasMessageContaining("exited with 1")
                .hasMessageContaining(".agora/logs/build.log");
        assertThat(printed.toString()).contains("  | [ERROR] COMPILATION ERROR: App.java:[3,1]");
    }

    private MavenInstall producingJars(Module... modules) {
        return (requested, log) -> {
            mavenRuns.add(requested);
            writeLog(log, "built");
            for (Module module : modules) {
                try {
                    Files.createDirectories(root.resolve(module.jar()).getParent());
                    Files.writeString(root.resolve(module.jar()), "jar");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
            return 0;
        };
    }

    private static void writeLog(Path log, String line) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, line + "\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Module module(String path, Instant sourceTime, boolean jarExists) throws IOException {
        var module = new Module(path, path + "/target/app.jar");
        Path source = root.resolve(path + "/src/main/java/App.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class App {}");
        Files.setLastModifiedTime(source, FileTime.from(sourceTime));
        if (jarExists) {
            Path jar = root.resolve(module.jar());
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "jar");
            Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        }
        return module;
    }
}
