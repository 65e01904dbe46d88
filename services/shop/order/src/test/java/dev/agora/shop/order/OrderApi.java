package dev.agora.shop.order;

import dev.agora.shop.testing.ClientCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The order service's HTTP API as a client sees it, over a real connection. */
public final class OrderApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    private final ClientCredentials tokens;

    /** @param tokens whose tokens the calls carry: an operator's, as a rule */
    public OrderApi(int port, JsonMapper json, ClientCredentials tokens) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.json = json;
        this.tokens = tokens;
    }

    public HttpResponse<String> place(String body, @Nullable String idempotencyKey) {
        var request = request("/api/orders")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A request to the order service with the token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + tokens.accessToken());
    }

    public JsonNode order(UUID orderId) {
        var response = get("/api/orders/" + orderId);
        if (response.statusCode() != 200) throw new AssertionError("GET order " + orderId + ": " + response.body());
        return json.readTree(response.body());
    }

    public String statusOf(UUID orderId) {
        return order(orderId).get("status").asString();
    }

    public JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    public UUID orderIdOf(HttpResponse<String> response) {
        return UUID.fromString(body(response).get("orderId").asString());
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpClient client() {
        return http;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
