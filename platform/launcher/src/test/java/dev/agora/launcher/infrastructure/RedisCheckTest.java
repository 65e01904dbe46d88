package dev.agora.launcher.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisCheckTest {

    @Test
    void serverAnsweringPongIsReachable() throws Exception {
        try (var server = fakeRedis("+PONG\r\n")) {
            CheckResult result = new RedisCheck(settingsFor(server.getLocalPort())).check();

            assertThat(result.ok()).isTrue();
            assertThat(result.remedies()).isEmpty();
        }
    }

    @Test
    void serverWantingAPasswordIsNotReachable() throws Exception {
        try (var server = fakeRedis("-NOAUTH Authentication required.\r\n")) {
            CheckResult result = new RedisCheck(settingsFor(server.getLocalPort())).check();

            assertThat(result.ok()).isFalse();
            assertThat(result.detail()).contains("-NOAUTH");
        }
    }

    @Test
    void nothingListeningTellsHowToStartRedis() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CheckResult result = new RedisCheck(settingsFor(closedPort)).check();

        assertThat(result.ok()).isFalse();
        assertThat(result.remedies())
                .containsExactly(
                        "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no");
    }

    private static InfrastructureSettings settingsFor(int port) {
        return InfrastructureSettings.fromEnvironment(Map.of("AGORA_REDIS_PORT", Integer.toString(port)));
    }

    /** Answers one connection with {@code reply} once it has read the PING line. */
    private static ServerSocket fakeRedis(String reply) throws IOException {
        var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (var client = server.accept()) {
                var in = client.getInputStream();
                var line = new StringBuilder();
                for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                    line.append((char) c);
                }
                if (line.toString().strip().equals("PING")) {
                    client.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException ignored) {
                // the test fails on its own assertions
            }
        });
        return server;
    }
}
