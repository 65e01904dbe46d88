package dev.agora.launcher.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthJsonTest {

    @Test
    void topLevelUpIsHealthy() {
        assertThat(HealthJson.isUp("{\"status\":\"UP\"}")).isTrue();
        assertThat(HealthJson.isUp("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}"))
                .isTrue();
        assertThat(HealthJson.isUp("{ \"status\" : \"UP\" ,\n \"components\": {\"db\": {\"status\": \"UP\"}}}"))
                .isTrue();
    }

    @Test
    void downServiceWithHealthyComponentsIsNotHealthy() {
        String json = "{\"components\":{\"db\":{\"status\":\"UP\"},\"rabbit\":{\"status\":\"DOWN\"}},"
                + "\"status\":\"DOWN\"}";

        assertThat(HealthJson.isUp(json)).isFalse();
        assertThat(HealthJson.topLevelStatus(json)).isEqualTo("DOWN");
    }

    @Test
    void statusOnlyInsideComponentsDoesNotCount() {
        assertThat(HealthJson.isUp("{\"components\":{\"db\":{\"status\":\"UP\"}}}"))
                .isFalse();
    }

    @Test
    void statusWordInsideAStringValueIsNotTheKey() {
        assertThat(HealthJson.isUp("{\"note\":\"\\\"status\\\":\\\"UP\\\" {\",\"status\":\"OUT_OF_SERVICE\"}"))
                .isFalse();
    }

    @Test
    void garbageAndEmptyBodiesAreNotHealthy() {
        assertThat(HealthJson.isUp("")).isFalse();
        assertThat(HealthJson.isUp("<html>502 Bad Gateway</html>")).isFalse();
        assertThat(HealthJson.isUp("{\"status\":")).isFalse();
        assertThat(HealthJson.isUp("{\"status\":\"up\"}")).isFalse();
    }
}
