package dev.agora.launcher.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.down.PlatformStop;
import dev.agora.launcher.process.JavaRuntime;
import dev.agora.launcher.process.PidFiles;
import dev.agora.launcher.process.ProcessStopper;
import dev.agora.launcher.process.ServiceProcesses;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real supervisor, {@code java -jar agora-launcher.jar supervise} in its own process, in a checkout of its own
 * whose inventory jar is a program that only sleeps: killed with SIGKILL, it comes back, told so.
 */
class SupervisorProcessIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path root;

    private AgoraHome home;
    private SupervisorProcess supervisor;
    private ServiceProcesses processes;

    @BeforeEach
    void setUp() throws IOException {
        home = new AgoraHome(root);
        Path launcherJar = root.resolve("platform/launcher/target/agora-launcher.jar");
        Files.createDirectories(launcherJar.getParent());
        Files.copy(Path.of(System.getProperty("launcher.jar")), launcherJar);
        sleeperJar(root.resolve(
                ServiceCatalog.standard().find("inventory").orElseThrow().jar()));
        var stopper = new ProcessStopper(Duration.ofSeconds(10));
        supervisor = new SupervisorProcess(home, JavaRuntime.current(), Duration.ofSeconds(10));
        processes = new ServiceProcesses(new PidFiles(home), ServiceCatalog.standard(), stopper);
    }

    @AfterEach
    void stopEverything() {
        new PlatformStop(supervisor, processes).stop();
    }

    @Test
    void aServiceKilledWithSigkillIsRestartedByTheSupervisorProcessAndDownLeavesNothingRunning() throws Exception {
        new SupervisorRequests(home).send("inventory", SupervisorRequests.Action.START);
        long supervisorPid = supervisor.ensureRunning();
        ProcessHandle first = await(() -> processes.running("inventory"));
        await(() -> logHolds("sleeping", 1));

        first.destroyForcibly();
        ProcessHandle second = await(() -> processes.running("inventory").filter(p -> p.pid() != first.pid()));

        var supervision = new SupervisionFiles(home).read("inventory").orElseThrow();
        assertThat(supervision.restarts()).isEqualTo(1);
        assertThat(supervision.exitLabel()).isEqualTo("137");
        assertThat(Files.readString(Path.of("/proc", Long.toString(second.pid()), "environ")))
                .contains("AGORA_RESTART_COUNT=1\0", "AGORA_LAST_EXIT=137\0");
        await(() -> logHolds("sleeping", 2)); // the log goes on: the first run's line, the note, the second's
        assertThat(Files.readString(home.logFile("inventory")))
                .containsSubsequence("sleeping", "---- agora supervisor: restart 1 at ", "sleeping");
        assertThat(Files.readString(supervisor.log())).contains("inventory: exited with code 137", "restart 1: pid");

        List<String> report = new PlatformStop(supervisor, processes).stop();

        assertThat(report)
                .contains(
                        "supervisor: stopped (pid " + supervisorPid + ")",
                        "inventory: stopped (pid " + second.pid() + ")");
        assertThat(ProcessHandle.of(supervisorPid).filter(ProcessHandle::isAlive))
                .isEmpty();
        assertThat(second.isAlive()).isFalse();
    }

    /** Present once the inventory's log holds {@code line} {@code times} times. */
    private Optional<Boolean> logHolds(String line, long times) {
        try {
            long count = Files.readString(home.logFile("inventory"))
                    .lines()
                    .filter(line::equals)
                    .count();
            return count >= times ? Optional.of(true) : Optional.empty();
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    private static <T> T await(Supplier<Optional<T>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = condition.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not so within " + WAIT.toSeconds() + " s");
    }

    /** A runnable jar whose program says it sleeps, then sleeps until it is stopped. */
    private static void sleeperJar(Path jar) throws IOException {
        Path sources = Files.createTempDirectory("sleeper");
        Files.writeString(sources.resolve("Sleeper.java"), """
                public class Sleeper {
                    public static void main(String[] args) throws InterruptedException {
                        System.out.println("sleeping");
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
                """);
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, sources.resolve("Sleeper.java").toString());
        assertThat(compiled).isZero();
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Sleeper");
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                var out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Sleeper.class"));
            out.write(Files.readAllBytes(sources.resolve("Sleeper.class")));
            out.closeEntry();
        }
    }
}
