package dev.agora.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Agora;
import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.supervise.Supervision;
import dev.agora.launcher.supervise.SupervisionFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {

    @TempDir
    Path root;

    @Test
    void listsEveryServiceAsNotRunningAndUnreachable() throws IOException {
        // a port nobody listens on, so a real logger on 8090 cannot change the outcome
        int port = freePort();
        var catalog = new ServiceCatalog(List.of(new AgoraService(
                "logger", "services/logger", "services/logger/target/agora-logger.jar", port, "main logger")));

        String output = run(catalog);

        assertThat(output.lines())
                .containsExactly(
                        "SERVICE  PID  RUNNING  HEALTH       RESTARTS  URL",
                        "logger   -    no       unreachable  -         http://127.0.0.1:" + port,
                        "supervisor: not running (services that die stay down; ./agora up starts one)");
    }

    @Test
    void showsAStalePidButNotAsRunning() throws Exception {
        int port = freePort();
        var catalog = new ServiceCatalog(List.of(new AgoraService(
                "logger", "services/logger", "services/logger/target/agora-logger.jar", port, "main logger")));
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.createDirectories(root.resolve(".agora/run"));
        Files.writeString(root.resolve(".agora/run/logger.pid"), finished.pid() + "\n");

        String output = run(catalog);

        assertThat(output.lines().skip(1).findFirst().orElseThrow())
                .startsWith("logger")
                .contains(" " + finished.pid() + " ")
                .contains(" no ")
                .contains("unreachable");
    }

    @Test
    void showsHowOftenTheSupervisorRestartedAServiceAndItsLastExit() throws IOException {
        int port = freePort();
        var catalog = new ServiceCatalog(List.of(new AgoraService(
                "logger", "services/logger", "services/logger/target/agora-logger.jar", port, "main logger")));
        Instant exitedAt = Instant.parse("2026-12-04T19:40:12Z");
        new SupervisionFiles(new AgoraHome(root))
                .write(new Supervision(
                        "logger",
                        Supervision.Phase.RUNNING,
                        2,
                        OptionalInt.of(137),
                        Optional.of(exitedAt),
                        1,
                        Optional.empty()));

        String output = run(catalog);

        String localTime = DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(ZoneId.systemDefault())
                .format(exitedAt);
        assertThat(output.lines().skip(1).findFirst().orElseThrow())
                .contains(" restarted 2× (last exit 137, at " + localTime + ") ");
    }

    private String run(ServiceCatalog catalog) {
        var out = new StringWriter();
        var commandLine = Agora.commandLine(new AgoraHome(root), Map.of(), catalog);
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("status");

        assertThat(exitCode).isZero();
        return out.toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
