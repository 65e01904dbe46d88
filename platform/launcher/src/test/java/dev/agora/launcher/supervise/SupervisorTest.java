package dev.agora.launcher.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.process.Restart;
import dev.agora.launcher.process.ServiceStarter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's loop against real processes: {@code sleep} for a service that runs, {@code sh -c exit} for one that crashes. */
class SupervisorTest {

    private static final AgoraService INVENTORY = new AgoraService(
            "inventory",
            "services/shop/inventory",
            "services/shop/inventory/target/agora-inventory.jar",
            8104,
            "stock");
    private static final Backoff FAST =
            new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMinutes(1), 3);

    @TempDir
    Path root;

    private final List<Process> spawned = new CopyOnWriteArrayList<>();
    private final List<Instant> startedAt = new CopyOnWriteArrayList<>();
    private final List<Restart> restarts = new CopyOnWriteArrayList<>();
    private final StringWriter log = new StringWriter();
    private SupervisionFiles files;
    private SupervisorRequests requests;

    @BeforeEach
    void setUp() {
        files = new SupervisionFiles(new AgoraHome(root));
        requests = new SupervisorRequests(new AgoraHome(root));
    }

    @AfterEach
    void killLeftovers() {
        spawned.forEach(Process::destroyForcibly);
    }

    @Test
    void aServiceKilledWithSigkillIsRestartedAfterTheBackoffAndToldSo() throws Exception {
        var supervisor = supervisor(command("sleep", "60"));
        requests.send("inventory", SupervisorRequests.Action.START);
        supervisor.tick();
        ProcessHandle first = supervisor.process("inventory").orElseThrow();

        Instant killedAt = Instant.now();
        first.destroyForcibly(); // SIGKILL, as kill -9
        tickUntil(supervisor, () -> restarts.size() == 1);

        Restart restart = restarts.getFirst();
        assertThat(restart.count()).isEqualTo(1);
        assertThat(restart.exitLabel()).isEqualTo("137");
        assertThat(restart.variables())
                .containsEntry("AGORA_RESTART_COUNT", "1")
                .containsEntry("AGORA_LAST_EXIT", "137")
                .containsEntry("AGORA_RESTARTED_AT", restart.at().toString());
        assertThat(Duration.between(killedAt, restart.at())).isGreaterThanOrEqualTo(FAST.first());
        assertThat(supervisor.process("inventory").orElseThrow().pid()).isNotEqualTo(first.pid());
        var supervision = files.read("inventory").orElseThrow();
        assertThat(supervision.phase()).isEqualTo(Supervision.Phase.RUNNING);
        assertThat(supervision.restarts()).isEqualTo(1);
        assertThat(supervision.summary()).startsWith("restarted 1× (last exit 137, at ");
        assertThat(log.toString()).contains("inventory: exited with code 137", "inventory: restart 1: pid ");
    }

    @Test
    void aServiceThatKeepsCrashingIsRetriedWithLongerWaitsThenGivenUp() throws Exception {
        var supervisor = supervisor(command("sh", "-c", "exit 3"));
        requests.send("inventory", SupervisorRequests.Action.START);

        tickUntilGivenUp(supervisor);

        assertThat(startedAt).hasSize(3); // the start, then a restart after each of the first two crashes
        assertThat(Duration.between(startedAt.get(0), startedAt.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(Duration.between(startedAt.get(1), startedAt.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        var supervision = files.read("inventory").orElseThrow();
        assertThat(supervision.crashesInRow()).isEqualTo(3);
        assertThat(supervision.exitLabel()).isEqualTo("3");
        assertThat(supervision.summary()).startsWith("gave up after 3 crashes in a row (last exit 3, at ");

        Thread.sleep(600); // longer than any backoff: nothing more starts
        supervisor.tick();
        assertThat(startedAt).hasSize(3);
    }

    @Test
    void aStartRequestAfterGivingUpStartsTheServiceAfresh() throws Exception {
        var supervisor = supervisor(command("sh", "-c", "sleep 0.3; exit 3"));
        requests.send("inventory", SupervisorRequests.Action.START);
        tickUntilGivenUp(supervisor);

        requests.send("inventory", SupervisorRequests.Action.START);
        supervisor.tick();

        assertThat(startedAt).hasSize(4);
        var supervision = files.read("inventory").orElseThrow();
        assertThat(supervision.phase()).isEqualTo(Supervision.Phase.RUNNING);
        assertThat(supervision.restarts()).isZero();
        assertThat(supervision.crashesInRow()).isZero();
    }

    @Test
    void anAskedRestartStopsTheServiceGracefullyAndStartsItAtOnceWithoutCountingACrash() throws Exception {
        var supervisor = supervisor(command("sleep", "60"));
        requests.send("inventory", SupervisorRequests.Action.START);
        supervisor.tick();
        long first = supervisor.process("inventory").orElseThrow().pid();

        requests.send("inventory", SupervisorRequests.Action.RESTART);
        tickUntil(supervisor, () -> restarts.size() == 1);

        assertThat(restarts.getFirst().exitLabel()).isEqualTo("143"); // SIGTERM
        assertThat(supervisor.process("inventory").orElseThrow().pid()).isNotEqualTo(first);
        assertThat(files.read("inventory").orElseThrow().crashesInRow()).isZero();
        assertThat(log.toString()).contains("inventory: stopping for a restart, as asked");
    }

    @Test
    void anAdoptedServiceThatDiesIsRestartedThoughItsExitCodeIsUnknown() throws Exception {
        var supervisor = supervisor(command("sleep", "60"));
        Process startedElsewhere = new ProcessBuilder("sleep", "60").start();
        spawned.add(startedElsewhere);
        supervisor.adopt(INVENTORY, ProcessHandle.of(startedElsewhere.pid()).orElseThrow());

        startedElsewhere.destroyForcibly();
        tickUntil(supervisor, () -> restarts.size() == 1);

        assertThat(restarts.getFirst().exitLabel()).isEqualTo("unknown");
        assertThat(supervisor.process("inventory")).isPresent();
    }

    @Test
    void aServiceThatCannotBeStartedCountsAsACrash() throws Exception {
        var supervisor = supervisor(command("/nonexistent/java"));
        requests.send("inventory", SupervisorRequests.Action.START);

        tickUntilGivenUp(supervisor);

        assertThat(log.toString()).contains("inventory: cannot start");
    }

    private Supervisor supervisor(ServiceStarter starter) {
        return new Supervisor(
                new ServiceCatalog(List.of(INVENTORY)),
                starter,
                FAST,
                Duration.ofSeconds(5),
                files,
                requests,
                new PrintWriter(log, true));
    }

    /** A starter that runs {@code command} for the service and keeps what it was told. */
    private ServiceStarter command(String... command) {
        return new ServiceStarter() {
            @Override
            public Process start(AgoraService service) {
                return spawn();
            }

            @Override
            public Process restart(AgoraService service, Restart restart) {
                Process process = spawn();
                restarts.add(restart);
                return process;
            }

            private Process spawn() {
                try {
                    Process process = new ProcessBuilder(command).start();
                    spawned.add(process);
                    startedAt.add(Instant.now());
                    return process;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private void tickUntilGivenUp(Supervisor supervisor) throws InterruptedException {
        tickUntil(
                supervisor,
                () -> files.read("inventory")
                        .filter(s -> s.phase() == Supervision.Phase.GAVE_UP)
                        .isPresent());
    }

    private static void tickUntil(Supervisor supervisor, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            supervisor.tick();
            Thread.sleep(20);
        }
    }
}
