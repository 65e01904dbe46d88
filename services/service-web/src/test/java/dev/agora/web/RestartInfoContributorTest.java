package dev.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.mock.env.MockEnvironment;

class RestartInfoContributorTest {

    @Test
    void aRestartedServiceSaysHowOftenAfterWhichExitAndWhen() {
        var environment = new MockEnvironment()
                .withProperty("AGORA_RESTART_COUNT", "2")
                .withProperty("AGORA_LAST_EXIT", "137")
                .withProperty("AGORA_RESTARTED_AT", "2026-12-04T19:40:12Z");

        assertThat(restartsIn(environment))
                .isEqualTo(Map.of("count", 2, "lastExit", "137", "restartedAt", "2026-12-04T19:40:12Z"));
    }

    @Test
    void aServiceStartedOnceSaysNoRestarts() {
        assertThat(restartsIn(new MockEnvironment())).isEqualTo(Map.of("count", 0));
    }

    private static Object restartsIn(MockEnvironment environment) {
        var builder = new Info.Builder();
        new RestartInfoContributor(environment).contribute(builder);
        return builder.build().get("restarts");
    }
}
