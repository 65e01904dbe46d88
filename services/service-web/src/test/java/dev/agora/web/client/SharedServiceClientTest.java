package dev.agora.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.agora.web.client.RawHttpServer.Behaviour;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The one HTTP client behind every auto-configured RestClient.Builder, against servers on real sockets. */
@SpringBootTest(
        properties = {
            "agora.service-calls.response-timeout=500ms",
            "agora.service-calls.validate-after-inactivity=100ms"
        })
class SharedServiceClientTest {

    @Autowired
    ObjectProvider<RestClient.Builder> builders;

    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    // a slow answer comes only once the test is over, whatever the load: never before the client's timeout
    private final CountDownLatch testOver = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                clientPorts.add(exchange.getRemoteAddress().getPort());
                if (exchange.getRequestURI().getPath().equals("/slow")) testOver.await();
                exchange.sendResponseHeaders(200, 2);
                exchange.getResponseBody().write("{}".getBytes());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientGone) {
                // the client timed out
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        testOver.countDown();
        server.stop(0);
    }

    @Test
    void restClientsOfDifferentBuildersShareOnePoolOfConnections() {
        var first = builders.getObject().baseUrl(url()).build();
        var second = builders.getObject().baseUrl(url()).build();

        for (int i = 0; i < 3; i++) {
            first.get().uri("/a").retrieve().toBodilessEntity();
            second.get().uri("/b").retrieve().toBodilessEntity();
        }

        assertThat(clientPorts).as("connections the server saw").hasSize(1);
    }

    @Test
    void aServiceSlowerThanTheResponseTimeoutFailsWithASocketTimeout() {
        var http = builders.getObject().baseUrl(url()).build();

        var started = System.nanoTime();
        assertThatThrownBy(() -> http.get().uri("/slow").retrieve().toBodilessEntity())
                .isInstanceOf(ResourceAccessException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        // the configured 500 ms, not the default 5 s: the bound leaves a loaded machine seconds to spare
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aPooledConnectionTheServiceClosedWhileIdleIsNotWrittenTo() throws IOException {
        try (var closing = new RawHttpServer(Behaviour.ANSWER_THEN_CLOSE)) {
            var http = builders.getObject().baseUrl(closing.url()).build();
            http.post().uri("/orders").body("{}").retrieve().toBodilessEntity();
            await().atMost(Duration.ofSeconds(30)).until(() -> closing.closed() == 1);
            idleLongerThanValidateAfterInactivity();

            http.post().uri("/orders").body("{}").retrieve().toBodilessEntity();

            assertThat(closing.connections()).isEqualTo(2);
        }
    }

    @Test
    void aGetWhoseConnectionBrokeOffBeforeAnAnswerIsSentAgain() throws IOException {
        try (var hangingUp = new RawHttpServer(Behaviour.HANG_UP_FIRST)) {
            var http = builders.getObject().baseUrl(hangingUp.url()).build();

            http.get().uri("/orders/1").retrieve().toBodilessEntity();

            assertThat(hangingUp.requests()).isEqualTo(2);
        }
    }

    @Test
    void aPostWhoseConnectionBrokeOffIsNotSentAgainByTheClient() throws IOException {
        try (var hangingUp = new RawHttpServer(Behaviour.HANG_UP_FIRST)) {
            var http = builders.getObject().baseUrl(hangingUp.url()).build();

            assertThatThrownBy(() ->
                            http.post().uri("/orders").body("{}").retrieve().toBodilessEntity())
                    .hasRootCauseInstanceOf(NoHttpResponseException.class);
            assertThat(hangingUp.requests()).isEqualTo(1);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void idleLongerThanValidateAfterInactivity() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
