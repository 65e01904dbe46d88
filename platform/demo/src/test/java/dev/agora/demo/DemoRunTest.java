package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo's command line and its checks of the platform, without a platform. */
@Timeout(30)
class DemoRunTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void withNoShopRunningItSaysSoAndExitsWithOne() throws Exception {
        var nothing = "http://127.0.0.1:" + freePort();

        int exit = AgoraDemo.execute(out, out, false, allServicesAt(nothing));

        assertThat(exit).isEqualTo(1);
        assertThat(text())
                .contains("✗ user       " + nothing)
                .contains("✗ query      " + nothing)
                .contains("– portal     " + nothing)
                .contains("The platform is not running: none of the 8 services the demo needs")
                .contains("./agora up")
                .doesNotContain("[1/7]");
    }

    @Test
    void namesTheServicesThatAreDown() throws Exception {
        try (var healthy = new FakeServer()
                .on("/actuator/health", exchange -> FakeServer.json(exchange, 200, "{\"status\":\"UP\"}"))) {
            var dead = "http://127.0.0.1:" + freePort();
            var args = new java.util.ArrayList<>(List.of(allServicesAt(healthy.url())));
            args.removeIf(arg -> arg.startsWith("--order-url=") || arg.startsWith("--query-url="));
            args.add("--order-url=" + dead);
            args.add("--query-url=" + healthy.url() + "/sick/");

            int exit = AgoraDemo.execute(out, out, false, args.toArray(String[]::new));

            assertThat(exit).isEqualTo(1);
            assertThat(text())
                    .containsPattern("✓ user +" + healthy.url() + " +UP")
                    .containsPattern("✗ order +" + dead + " +not answering")
                    .containsPattern("✗ query +" + healthy.url() + "/sick +answers 404")
                    .contains(
                            "The demo needs the whole shop and the authorization server, but order and query are not up.");
        }
    }

    @Test
    void aServiceThatAnswersButIsNotHealthyIsDown() {
        try (var sick = new FakeServer()
                .on("/actuator/health", exchange -> FakeServer.json(exchange, 503, "{\"status\":\"DOWN\"}"))) {
            var check = new HealthCheck(AgoraDemo.clients().health());

            var result = check.probe(new Endpoint("order", sick.url(), true, "the shop"));
            var optional = check.probe(new Endpoint("portal", sick.url(), false, "links"));

            assertThat(result.state()).isEqualTo(HealthCheck.State.UNHEALTHY);
            assertThat(result.detail()).isEqualTo("answers 503, reports DOWN");
            assertThat(optional.up()).as("the portal only has to answer").isTrue();
        }
    }

    @Test
    void aBadUrlIsAUsageError() {
        int exit = AgoraDemo.execute(out, out, false, "--order-url=localhost:8106");

        assertThat(exit).isEqualTo(2);
        assertThat(text()).contains("--order-url must be an http URL such as http://127.0.0.1:8106");
    }

    @Test
    void helpListsAnOptionPerService() {
        int exit = AgoraDemo.execute(out, out, false, "--help");

        assertThat(exit).isZero();
        for (var service : List.of(
                "auth", "logger", "user", "product", "pricing", "inventory", "payment", "order", "query", "portal")) {
            assertThat(text()).contains("--" + service + "-url=<url>");
        }
        assertThat(text()).contains("default: http://127.0.0.1:8106");
    }

    private static String[] allServicesAt(String url) {
        return Catalog.standard().names().stream()
                .map(service -> "--" + service + "-url=" + url)
                .toArray(String[]::new);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
