package dev.agora.portal.ops.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RestartsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRestartedServiceIsShownWithItsCountLastExitAndTime() {
        var info = json.readTree("""
                {"restarts": {"count": 2, "lastExit": "137", "restartedAt": "2026-12-04T19:40:12Z"}}""");
        String localTime = DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(ZoneId.systemDefault())
                .format(Instant.parse("2026-12-04T19:40:12Z"));

        var restarts = Restarts.of(info.path("restarts"));

        assertThat(restarts).isEqualTo(new Restarts(2, "137", "2026-12-04T19:40:12Z"));
        assertThat(restarts.summary()).isEqualTo("restarted 2× (last exit 137, at " + localTime + ")");
    }

    @Test
    void aServiceThatSaysNothingOfRestartsShowsNone() {
        var restarts = Restarts.of(json.readTree("{}").path("restarts"));

        assertThat(restarts).isEqualTo(Restarts.NONE);
        assertThat(restarts.summary()).isEmpty();
    }
}
