package dev.agora.shop.payment.sandbox;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertInvalidFields;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(SandboxSettingsController.class)
@Import(OperatorCaller.class)
class SandboxSettingsControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(SandboxProperties.class)
    @Import(SandboxSettings.class)
    static class Sandbox {}

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SandboxSettings settings;

    @BeforeEach
    void startFromTheDefaults() {
        settings.change(Duration.ZERO, 0.0);
    }

    @Test
    void theSettingsAreAnOperatorsOnly() {
        assertThat(mvc.get().with(anonymous()).uri("/api/sandbox/settings")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.put()
                        .with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_payment.charge")))
                        .uri("/api/sandbox/settings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"failureRate\": 1}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(settings.current().failureRate()).isZero();
    }

    @Test
    void showsTheSandboxDefaultsFromApplicationYml() {
        assertThat(mvc.get().uri("/api/sandbox/settings"))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("""
                {"provider": "sandbox", "latency": "PT0S", "latencyMillis": 0, "failureRate": 0.0,
                 "declinedCents": [13]}
                """);
    }

    @Test
    void isoLatencyAndFailureRateChangeTheSandbox() {
        var result = put("""
                {"latency": "PT0.25S", "failureRate": 0.1}""");

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"provider": "sandbox", "latency": "PT0.25S", "latencyMillis": 250, "failureRate": 0.1}
                """);
        assertThat(settings.current()).isEqualTo(new Simulation(Duration.ofMillis(250), 0.1));
    }

    @Test
    void latencyWithAUnitIsReadAsInApplicationYml() {
        assertThat(put("""
                        {"latency": "1s"}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.latencyMillis")
                .isEqualTo(1000);
    }

    @Test
    void latencyAsDigitsIsMilliseconds() {
        assertThat(put("""
                        {"latency": "300"}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.latencyMillis")
                .isEqualTo(300);
    }

    @Test
    void aFieldLeftOutKeepsItsValue() {
        put("""
                {"latency": "PT1S", "failureRate": 0.5}""");

        assertThat(put("""
                        {"failureRate": 0}""")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"latency": "PT1S", "failureRate": 0.0}""");
    }

    @Test
    void unreadableLatencyIsAProblemNamingLatency() {
        assertProblem(put("""
                        {"latency": "soon"}"""), HttpStatus.BAD_REQUEST, """
                        {"status": 400, "errors": [{"field": "latency",
                         "message": "must be an ISO-8601 duration such as PT0.2S, 200ms or a number of milliseconds"}]}
                        """);
    }

    @Test
    void negativeOrTooLongLatencyIsAProblemNamingLatency() {
        assertThat(put("""
                        {"latency": "-PT1S"}""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "latency", "message": "must not be negative"}]}""");
        assertThat(put("""
                        {"latency": "PT31S"}""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "latency", "message": "must be at most PT30S"}]}""");
    }

    @Test
    void failureRateOutsideZeroToOneIsAProblemNamingFailureRate() {
        assertProblem(put("""
                        {"failureRate": 1.5}"""), HttpStatus.BAD_REQUEST, """
                        {"detail": "'failureRate' must be between 0 and 1",
                         "errors": [{"field": "failureRate", "message": "must be between 0 and 1"}]}
                        """);
    }

    @Test
    void twoInvalidFieldsAreBothNamedAndNothingChanges() {
        var before = settings.current();

        assertInvalidFields(put("""
                        {"latency": "PT1M", "failureRate": -0.1}"""), "latency", "failureRate");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void latencyThatIsNoStringIsAProblemNamingIt() {
        assertInvalidField(put("""
                        {"latency": 200}"""), "latency");
    }

    @Test
    void failureRateThatIsNoNumberIsAProblemNamingIt() {
        assertInvalidField(put("""
                        {"failureRate": "often"}"""), "failureRate");
    }

    private MvcTestResult put(String body) {
        return mvc.put()
                .uri("/api/sandbox/settings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
