package dev.agora.launcher.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.AgoraHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisionFilesTest {

    private static final Instant EXITED_AT = Instant.parse("2026-12-04T19:40:12Z");
    private static final String LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault())
            .format(EXITED_AT);

    @TempDir
    Path root;

    @Test
    void aRecordReadsBackAsWritten() {
        var files = new SupervisionFiles(new AgoraHome(root));
        var written = new Supervision(
                "inventory",
                Supervision.Phase.WAITING,
                3,
                OptionalInt.of(137),
                Optional.of(EXITED_AT),
                2,
                Optional.of(EXITED_AT.plusSeconds(2)));

        files.write(written);

        assertThat(files.read("inventory")).contains(written);
        assertThat(files.read("order")).isEmpty();
    }

    @Test
    void anUnknownExitCodeReadsBackAsUnknown() {
        var files = new SupervisionFiles(new AgoraHome(root));
        files.write(new Supervision(
                "inventory",
                Supervision.Phase.RUNNING,
                1,
                OptionalInt.empty(),
                Optional.of(EXITED_AT),
                1,
                Optional.empty()));

        assertThat(files.read("inventory").orElseThrow().summary())
                .isEqualTo("restarted 1× (last exit unknown, at " + LOCAL_TIME + ")");
    }

    @Test
    void anUnreadableFileIsNoRecord() throws Exception {
        Files.createDirectories(root.resolve(".agora/supervisor"));
        Files.writeString(root.resolve(".agora/supervisor/inventory.state"), "phase=SLEEPING\n");

        assertThat(new SupervisionFiles(new AgoraHome(root)).read("inventory")).isEmpty();
    }

    @Test
    void summarySaysHowOftenWhyAndWhen() {
        var restarted = new Supervision(
                "inventory",
                Supervision.Phase.RUNNING,
                2,
                OptionalInt.of(137),
                Optional.of(EXITED_AT),
                1,
                Optional.empty());
        var gaveUp = new Supervision(
                "inventory",
                Supervision.Phase.GAVE_UP,
                4,
                OptionalInt.of(1),
                Optional.of(EXITED_AT),
                5,
                Optional.empty());

        var neverExited = new Supervision(
                "inventory", Supervision.Phase.RUNNING, 0, OptionalInt.empty(), Optional.empty(), 0, Optional.empty());

        assertThat(neverExited.summary()).isEqualTo("-");
        assertThat(restarted.summary()).isEqualTo("restarted 2× (last exit 137, at " + LOCAL_TIME + ")");
        assertThat(gaveUp.summary()).isEqualTo("gave up after 5 crashes in a row (last exit 1, at " + LOCAL_TIME + ")");
    }
}
