package dev.agora.shop.user.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.OperatorCaller;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * With the authorization server down, a registration or an update with a password is a 503 problem and changes
 * nothing (no user, no event, the old details), so that the caller can make the same call again later; without a
 * password the user service does not need the server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
@Import(OperatorCaller.class)
class SignInUnavailableIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @DynamicPropertySource
    static void anAuthorizationServerThatIsDown(DynamicPropertyRegistry registry) {
        var nobody = "http://127.0.0.1:" + closedPort();
        registry.add("agora.service-calls.token.issuer", () -> nobody);
        registry.add("agora.service-calls.token.client-id", () -> "user");
        registry.add("agora.service-calls.token.client-secret", () -> "no server to check it");
    }

    @Autowired
    RestTestClient http;

    @BeforeEach
    void startEmpty() {
        servers.jdbc().execute("TRUNCATE users");
    }

    @Test
    void aRegistrationWithAPasswordIsAServiceUnavailableProblemAndStoresNothing() {
        post(Map.of("name", "Ann", "email", "ann@example.com", "country", "FR", "password", "sésame ouvre-toi"))
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).doesNotContain("sésame"));

        assertThat(count("SELECT count(*) FROM users")).isZero();
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE routing_key = 'user.created'"
                        + " AND convert_from(body, 'UTF8') LIKE '%ann@example.com%'"))
                .isZero();
    }

    @Test
    void anUpdateWithAPasswordIsAServiceUnavailableProblemAndKeepsTheOldDetails() {
        var bea = post(Map.of("name", "Bea", "email", "bea@example.com", "country", "FR"))
                .expectStatus()
                .isCreated()
                .expectBody(User.class)
                .returnResult()
                .getResponseBody();

        http.put()
                .uri("/api/users/{id}", bea.userId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Bea Smith", "email", "bea@example.com", "country", "DE", "password", "a new one"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        var stored = http.get()
                .uri("/api/users/{id}", bea.userId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(User.class)
                .returnResult()
                .getResponseBody();
        assertThat(stored).isEqualTo(bea);
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE routing_key = 'user.updated'"))
                .isZero();
    }

    private RestTestClient.ResponseSpec post(Map<String, String> body) {
        return http.post()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private long count(String sql) {
        return servers.jdbc().queryForObject(sql, Long.class);
    }

    /** A port nothing listens on: taken from the system, then let go. */
    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
