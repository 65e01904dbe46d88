package dev.agora.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessesTest {

    @TempDir
    Path root;

    private final List<Process> spawned = new ArrayList<>();
    private PidFiles pidFiles;
    private ServiceProcesses processes;

    @BeforeEach
    void setUp() {
        pidFiles = new PidFiles(new AgoraHome(root));
        processes =
                new ServiceProcesses(pidFiles, ServiceCatalog.standard(), new ProcessStopper(Duration.ofSeconds(5)));
    }

    @AfterEach
    void killLeftovers() {
        spawned.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void pidFileHoldsJustThePid() throws IOException {
        pidFiles.write("logger", 4242);

        assertThat(Files.readString(root.resolve(".agora/run/logger.pid")).trim())
                .isEqualTo("4242");
        assertThat(pidFiles.read("logger")).hasValue(4242);
        assertThat(pidFiles.services()).containsExactly("logger");
    }

    @Test
    void unreadablePidFileMeansNoPid() throws IOException {
        Files.createDirectories(root.resolve(".agora/run"));
        Files.writeString(root.resolve(".agora/run/logger.pid"), "not a pid");

        assertThat(pidFiles.read("logger")).isEmpty();
        assertThat(pidFiles.read("absent")).isEmpty();
    }

    @Test
    void livePidOfAnotherCommandIsNotKilled() throws Exception {
        Process stranger = spawn("sleep", "60");
        pidFiles.write("logger", stranger.pid());

        assertThat(processes.running("logger")).isEmpty();
        List<String> report = processes.stopAll();

        assertThat(stranger.isAlive()).isTrue();
        assertThat(report).containsExactly("logger: not running (stale pid file removed)");
        assertThat(pidFiles.services()).isEmpty();
    }

    @Test
    void processRunningTheServiceJarIsStopped() throws Exception {
        // the jar name is $0 of the shell, so it shows on the command line like "java -jar .../agora-logger.jar"
        Process service = spawn("sh", "-c", "while :; do sleep 0.2; done", "agora-logger.jar");
        pidFiles.write("logger", service.pid());

        assertThat(processes.running("logger")).map(ProcessHandle::pid).hasValue(service.pid());
        List<String> report = processes.stopAll();

        assertThat(service.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(report).containsExactly("logger: stopped (pid " + service.pid() + ")");
        assertThat(pidFiles.services()).isEmpty();
    }

    @Test
    void deadPidIsReportedAndItsFileRemoved() throws Exception {
        Process finished = spawn("true");
        finished.waitFor();
        pidFiles.write("logger", finished.pid());

        assertThat(processes.stopAll()).containsExactly("logger: not running (stale pid file removed)");
        assertThat(Files.exists(root.resolve(".agora/run/logger.pid"))).isFalse();
    }

    @Test
    void theServicesThatDoNotRunAreMissingAndTheirStalePidFilesRemoved() throws Exception {
        var catalog = new ServiceCatalog(List.of(service("logger", freePort()), service("inventory", freePort())));
        var partlyRunning = new ServiceProcesses(pidFiles, catalog, new ProcessStopper(Duration.ofSeconds(5)));
        Process logger = spawn("sh", "-c", "while :; do sleep 0.2; done", "agora-logger.jar");
        pidFiles.write("logger", logger.pid());
        Process finished = spawn("true");
        finished.waitFor();
        pidFiles.write("inventory", finished.pid());

        assertThat(partlyRunning.notRunning()).extracting(AgoraService::name).containsExactly("inventory");
        assertThat(pidFiles.services()).containsExactly("logger");
    }

    @Test
    void aMissingServiceWhosePortIsTakenByAStrangerIsRefused() throws Exception {
        try (var stranger = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var catalog = new ServiceCatalog(List.of(service("inventory", stranger.getLocalPort())));
            var processes = new ServiceProcesses(pidFiles, catalog, new ProcessStopper(Duration.ofSeconds(5)));

            assertThatThrownBy(processes::notRunning)
                    .isInstanceOf(LauncherException.class)
                    .hasMessage("port " + stranger.getLocalPort()
                            + " of inventory is taken by a process the launcher did not start");
        }
    }

    private static AgoraService service(String name, int port) {
        return new AgoraService(
                name, "services/" + name, "services/" + name + "/target/agora-" + name + ".jar", port, name);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process spawn(String... command) throws IOException {
        Process process = new ProcessBuilder(command).start();
        spawned.add(process);
        return process;
    }
}
