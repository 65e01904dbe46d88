package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.ApiResource;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The query service as it runs on its own, with nothing but the broker and its database: it subscribes to the
 * events it follows, answers over HTTP, and has no client to call any other service.
 */
class StandaloneQueryIT extends RunningQueryService {

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
        ApiResource.openApiDocument(http)
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
