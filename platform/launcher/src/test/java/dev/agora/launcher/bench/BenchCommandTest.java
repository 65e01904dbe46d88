package dev.agora.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Agora;
import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path root;

    @Test
    void unknownTargetFailsAndListsTheKnownOnes() {
        var err = new StringWriter();
        var commandLine = Agora.commandLine(new AgoraHome(root), Map.of(), ServiceCatalog.standard());
        commandLine.setErr(new PrintWriter(err));

        // options after the target belong to the benchmark, so they must not be rejected by the launcher
        int exitCode = commandLine.execute("bench", "kafka", "--producers", "4");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("agora: unknown bench target 'kafka'; known: messaging, orders, startup\n");
    }

    @Test
    void startupTakesOnlyARoundCount() {
        var err = new StringWriter();
        var commandLine = Agora.commandLine(new AgoraHome(root), Map.of(), ServiceCatalog.standard());
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("bench", "startup", "--fast");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("agora: bench startup takes only --rounds <n> (n >= 1), not [--fast]\n");
    }

    @Test
    void knownTargetWithoutSourcesSaysSoInsteadOfBuilding() {
        var err = new StringWriter();
        var commandLine = Agora.commandLine(new AgoraHome(root), Map.of(), ServiceCatalog.standard());
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("bench", "messaging");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("benchmarks/messaging-bench has no sources yet");
    }
}
