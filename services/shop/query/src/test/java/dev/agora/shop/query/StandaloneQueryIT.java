package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.query.readmodel.Projection;
import dev.agora.shop.testing.SharedAuth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The query service as it runs on its own, with nothing but the broker and its database: it subscribes to the
 * events it follows, answers over HTTP, and has no client to call any other service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
class StandaloneQueryIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @DynamicPropertySource
    static void auth(DynamicPropertyRegistry registry) {
        SharedAuth.register(registry, "query");
    }

    /** Calls with no token. */
    @Autowired
    RestTestClient anonymous;

    /** Calls with an operator's token, from the authorization server. */
    RestTestClient http;

    @BeforeEach
    void signIn() {
        http = SharedAuth.asOperator(anonymous);
    }

    @Autowired
    List<Projection> projections;

    @Autowired
    ApplicationContext context;

    @Test
    void unknownUserOrderAndProductAreNotFoundProblems() {
        var unknown = UUID.randomUUID();

        for (var path :
                List.of("/api/users/{id}", "/api/users/{id}/orders", "/api/orders/{id}", "/api/products/{id}")) {
            http.get()
                    .uri(path, unknown)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void theCatalogueIsOpenButUsersAndOrdersNeedAToken() {
        anonymous.get().uri("/api/products").exchange().expectStatus().isOk();
        for (var path : List.of("/api/users/{id}", "/api/users/{id}/orders", "/api/orders/{id}")) {
            anonymous
                    .get()
                    .uri(path, UUID.randomUUID())
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        anonymous
                .post()
                .uri("/api/read-model/rebuild")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void everyFollowedEventIsBoundToTheWorkQueue() {
        ShopEvents.awaitSubscribed(servers.broker(), projections);

        assertThat(ShopEvents.boundToTheWorkQueue(servers.broker())).isEqualTo(ShopEvents.followedBy(projections));
    }

    @Test
    void answersFromItsOwnModelWithNoHttpClientToCallAnotherService() {
        for (var client : List.of(
                "org.springframework.web.client.RestClient",
                "org.springframework.web.client.RestClient$Builder",
                "org.springframework.web.client.RestTemplate",
                "org.springframework.web.reactive.function.client.WebClient",
                "org.springframework.web.reactive.function.client.WebClient$Builder")) {
            assertThat(beansOfType(client)).as(client).isZero();
        }
        http.get().uri("/api/products").exchange().expectStatus().isOk();
    }

    @Test
    void openApiDocumentsTheReadEndpoints() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/users/{userId}/orders'].get")
                .exists()
                .jsonPath("$.paths['/api/read-model/rebuild'].post")
                .exists();
    }

    private int beansOfType(String className) {
        try {
            return context.getBeanNamesForType(Class.forName(className)).length;
        } catch (ClassNotFoundException notOnTheClasspath) {
            return 0;
        }
    }
}
