package dev.agora.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedSchema;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server stopped and started again on its schema, as every {@code ./agora up} does: the signing key is the
 * same, so tokens issued before still validate; the configuration applies again, so a changed operator password
 * and a client no longer configured take effect.
 */
class RestartIT {

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    private static final String FIRST_PASSWORD = "the first password";
    private static final String SECOND_PASSWORD = "the second password";

    @Test
    void tokensOutliveARestartAndTheConfigurationAppliesAgain() throws IOException {
        int port = freePort();
        var http = new AuthHttp("http://127.0.0.1:" + port);
        String cliToken;
        String writerToken;
        try (var first = start(port, FIRST_PASSWORD, true)) {
            cliToken = AuthHttp.accessToken(http.token(
                    "agora-cli", TestClients.CLI_SECRET, Map.of("grant_type", "client_credentials", "scope", "ops")));
            writerToken = AuthHttp.accessToken(http.token(
                    "user",
                    TestClients.USER_SECRET,
                    Map.of("grant_type", "client_credentials", "scope", "accounts.write")));
        }

        try (var second = start(port, SECOND_PASSWORD, false)) {
            assertThat(http.verify(cliToken).getSubject()).isEqualTo("agora-cli");
            var created = http.postJson("/api/accounts", """
                    {"username": "ann@example.com", "password": "ann's password", "userId": "%s"}
                    """.formatted(UUID.randomUUID()), writerToken);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            assertThat(AuthHttp.location(new AuthHttp(http.base()).signIn(TestClients.OPERATOR, SECOND_PASSWORD)))
                    .doesNotContain("error");
            assertThat(AuthHttp.location(new AuthHttp(http.base()).signIn(TestClients.OPERATOR, FIRST_PASSWORD)))
                    .endsWith("/login?error");

            var removed = http.token(
                    "agora-cli", TestClients.CLI_SECRET, Map.of("grant_type", "client_credentials", "scope", "ops"));
            assertThat(removed.statusCode()).isEqualTo(401);
            assertThat(authorizationsOf("agora-cli"))
                    .as("removed with their client")
                    .isZero();
            assertThat(authorizationsOf("user"))
                    .as("a client registered again keeps its own")
                    .isOne();
            assertThat(schema.jdbc().queryForObject("SELECT count(*) FROM signing_key", Long.class))
                    .isOne();
        }
    }

    private static long authorizationsOf(String clientId) {
        return schema.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM oauth2_authorization WHERE principal_name = ?", Long.class, clientId);
    }

    /** With or without the command line's client; high-precedence arguments, as the environment would be. */
    private static ConfigurableApplicationContext start(int port, String operatorPassword, boolean withCliClient) {
        var properties = new LinkedHashMap<String, Object>(schema.springProperties());
        properties.put("server.port", port);
        properties.put("AGORA_AUTH_URL", "http://127.0.0.1:" + port);
        properties.put("AGORA_ADMIN_USER", TestClients.OPERATOR);
        properties.put("AGORA_ADMIN_PASSWORD", operatorPassword);
        properties.put("AGORA_AUTH_CLIENTS_USER_SECRET", TestClients.USER_SECRET);
        if (withCliClient) {
            properties.put("AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET", TestClients.CLI_SECRET);
        }
        properties.put("spring.datasource.hikari.maximum-pool-size", 3);
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AuthApplication.class).run(arguments);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
