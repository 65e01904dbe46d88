package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopApi.Sandbox;
import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.ShopUrls;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxGuardTest {

    private final FakeServer payment = new FakeServer().on("/api/sandbox/settings", exchange -> {
        if (exchange.getRequestMethod().equals("GET")) {
            FakeServer.json(exchange, 200, "{\"provider\":\"sandbox\",\"latency\":\"PT0.2S\",\"failureRate\":0.1}");
        } else {
            FakeServer.json(exchange, 200, "{}");
        }
    });
    private final ShopApi api =
            new ShopApi(onlyPayment(payment.url()), AgoraDemo.clients().http());

    @AfterEach
    void stop() {
        payment.close();
    }

    @Test
    void putsTheSettingsItFoundBackWhenClosed() {
        try (var guard = new SandboxGuard(api)) {
            assertThat(guard.remember()).isEqualTo(new Sandbox(Duration.ofMillis(200), 0.1));
            guard.use(new Sandbox(Duration.ZERO, 1.0));
            assertThat(guard.restored()).isFalse();
        }

        var puts = puts();
        assertThat(puts).hasSize(2);
        assertThat(puts.get(0)).contains("\"latency\":\"PT0S\"", "\"failureRate\":1.0");
        assertThat(puts.get(1)).contains("\"latency\":\"PT0.2S\"", "\"failureRate\":0.1");
    }

    @Test
    void restoresEvenWhenTheStepFails() {
        var guard = new SandboxGuard(api);
        try (guard) {
            guard.remember();
            guard.use(new Sandbox(Duration.ofSeconds(30), 0));
            throw new UnexpectedOutcome("still PRICED");
        } catch (UnexpectedOutcome expected) {
            // the step failed
        }

        assertThat(guard.restored()).isTrue();
        assertThat(puts().getLast()).contains("\"PT0.2S\"");
    }

    @Test
    void changesNothingWhenNothingWasChanged() {
        try (var guard = new SandboxGuard(api)) {
            guard.remember();
        }

        assertThat(puts()).isEmpty();
    }

    private java.util.List<String> puts() {
        return payment.requests().stream()
                .filter(r -> r.method().equals("PUT"))
                .map(r -> r.body().replace(" ", ""))
                .toList();
    }

    private static ShopUrls onlyPayment(String url) {
        return service -> service == ShopService.PAYMENT ? url : "http://127.0.0.1:9";
    }
}
