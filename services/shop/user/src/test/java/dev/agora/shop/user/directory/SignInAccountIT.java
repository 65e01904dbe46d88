package dev.agora.shop.user.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.ApiResource;
import dev.agora.shop.testing.SharedAuth;
import dev.agora.shop.testing.SharedAuthClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The user service with the platform's real authorization server: a registration with a password makes the account
 * the shopper signs in with (the authorization code flow, as the portal does it), whose token acts only for that
 * user; a new password in an update replaces the old one; an e-mail that is another account's sign-in name stores
 * nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
@SharedAuthClient("user")
class SignInAccountIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @Autowired
    RestTestClient http;

    /** The API as an operator of the shared authorization server calls it. */
    private ApiResource<User> users;

    @BeforeEach
    void startEmpty() {
        servers.jdbc().execute("TRUNCATE users");
        users = new ApiResource<>(SharedAuth.asOperator(http), "/api/users", User.class);
    }

    @Test
    void aRegistrationWithAPasswordMakesTheAccountTheShopperSignsInWithAndActsOnlyAsThemselves() {
        var ann = register("Ann", "Ann@Example.com", "sésame ouvre-toi").getResponseBody();
        var bob = register("Bob", "bob@example.com", null).getResponseBody();

        var annsToken = SharedAuth.get().signIn("ann@example.com", "sésame ouvre-toi");

        var claims = NimbusJwtDecoder.withJwkSetUri(SharedAuth.get().url() + "/oauth2/jwks")
                .build()
                .decode(annsToken);
        assertThat(claims.getSubject()).isEqualTo("ann@example.com");
        assertThat(claims.getClaimAsString("user_id")).isEqualTo(ann.userId().toString());
        assertThat(show(ann.userId(), annsToken)
                        .expectStatus()
                        .isOk()
                        .expectBody(User.class)
                        .returnResult()
                        .getResponseBody())
                .isEqualTo(ann);
        show(bob.userId(), annsToken).expectStatus().isForbidden();
        assertThatThrownBy(() -> SharedAuth.get().signIn("bob@example.com", "sésame ouvre-toi"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE routing_key = 'user.created'"
                        + " AND convert_from(body, 'UTF8') ILIKE '%ann@example.com%'"))
                .isOne();
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE convert_from(body, 'UTF8') LIKE '%sésame%'"))
                .as("the password is in no event")
                .isZero();
    }

    @Test
    void aNewPasswordInAnUpdateReplacesTheAccountsPassword() {
        var cat = register("Cat", "cat@example.com", "first password").getResponseBody();
        var catsToken = SharedAuth.get().signIn("cat@example.com", "first password");

        http.put()
                .uri("/api/users/{id}", cat.userId())
                .headers(headers -> headers.setBearerAuth(catsToken))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Cat", "email", "cat@example.com", "country", "FR", "password", "second password"))
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(SharedAuth.get().signIn("cat@example.com", "second password"))
                .isNotBlank();
        assertThatThrownBy(() -> SharedAuth.get().signIn("cat@example.com", "first password"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmailThatIsAnotherAccountsSignInNameIsAConflictNamingItAndStoresNothing() {
        SharedAuth.get().createAccount("taken@example.com", "someone else's", UUID.randomUUID());

        users.postRefused(
                        Map.of("name", "Tom", "email", "Taken@example.com", "country", "FR", "password", "my password"),
                        HttpStatus.CONFLICT)
                .jsonPath("$.field")
                .isEqualTo("email")
                .jsonPath("$.title")
                .isEqualTo("Sign-in name taken");

        assertThat(count("SELECT count(*) FROM users")).isZero();
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE routing_key = 'user.created'"
                        + " AND convert_from(body, 'UTF8') ILIKE '%taken@example.com%'"))
                .isZero();
        assertThatThrownBy(() -> SharedAuth.get().signIn("taken@example.com", "my password"))
                .isInstanceOf(IllegalStateException.class);
    }

    private org.springframework.test.web.servlet.client.EntityExchangeResult<User> register(
            String name, String email, String password) {
        var body = password == null
                ? Map.of("name", name, "email", email, "country", "FR")
                : Map.of("name", name, "email", email, "country", "FR", "password", password);
        return users.create(body);
    }

    private RestTestClient.ResponseSpec show(UUID userId, String token) {
        return http.get()
                .uri("/api/users/{id}", userId)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange();
    }

    private long count(String sql) {
        return servers.jdbc().queryForObject(sql, Long.class);
    }
}
