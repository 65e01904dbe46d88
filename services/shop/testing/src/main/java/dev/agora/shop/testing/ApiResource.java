package dev.agora.shop.testing;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One resource of a service's API over real HTTP, as the service's integration tests call it: a collection such as
 * {@code /api/users} whose items are read as {@code type}, and whose item paths are {@code <path>/<id>}.
 */
public record ApiResource<T>(RestTestClient http, String path, Class<T> type) {

    /** POSTs the body as JSON and says what came back, whatever it was. */
    public RestTestClient.ResponseSpec post(Object body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    /** POSTs the body, expecting it created: the answer, for its {@code Location} and body. */
    public EntityExchangeResult<T> create(Object body) {
        return post(body).expectStatus().isCreated().expectBody(type).returnResult();
    }

    /** PUTs the body as the item's new state and says what came back, whatever it was. */
    public RestTestClient.ResponseSpec put(UUID id, Object body) {
        return http.put()
                .uri(path + "/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    /** PUTs the body, expecting it taken: the item as the service now holds it. */
    public T replace(UUID id, Object body) {
        return put(id, body)
                .expectStatus()
                .isOk()
                .expectBody(type)
                .returnResult()
                .getResponseBody();
    }

    /** The item, expecting it found. */
    public T read(UUID id) {
        return http.get()
                .uri(path + "/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(type)
                .returnResult()
                .getResponseBody();
    }

    /** The problem answered for an item the service does not have. */
    public RestTestClient.BodyContentSpec readMissing(UUID id) {
        return http.get()
                .uri(path + "/{id}", id)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody();
    }

    /** A page of the collection ({@code query} chooses it, {@code ?limit=2&offset=2}), expecting it answered. */
    public RestTestClient.BodyContentSpec list(String query) {
        return http.get().uri(path + query).exchange().expectStatus().isOk().expectBody();
    }

    /** POSTs details the service must refuse with this status: its problem, for what it names. */
    public RestTestClient.BodyContentSpec postRefused(Object body, HttpStatus status) {
        return post(body)
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }

    /** POSTs details the service must refuse as invalid: a 400 problem whose first error names the field. */
    public void assertInvalid(Object body, String field) {
        postRefused(body, HttpStatus.BAD_REQUEST).jsonPath("$.errors[0].field").isEqualTo(field);
    }

    /** The service's OpenAPI document. */
    public RestTestClient.BodyContentSpec openApiDocument() {
        return openApiDocument(http);
    }

    /** The OpenAPI document of the service this client calls. */
    public static RestTestClient.BodyContentSpec openApiDocument(RestTestClient http) {
        return http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody();
    }
}
