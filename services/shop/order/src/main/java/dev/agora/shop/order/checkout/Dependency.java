package dev.agora.shop.order.checkout;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service the synchronous order calls: its own RestClient on the JDK HTTP client (connect and read
 * timeouts) and its own circuit breaker, which counts failures only: a refusal is a working service saying no.
 */
final class Dependency implements AutoCloseable {

    /** Answers that refuse the order for a business reason (payment declined, insufficient stock, no price). */
    private static final Set<Integer> REFUSALS = Set.of(402, 409, 422);

    private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {};

    private final String name;
    private final HttpClient client;
    private final RestClient http;
    private final CircuitBreaker breaker;
    private final JsonMapper json;

    Dependency(String name, URI baseUrl, CheckoutProperties.Http timeouts, CircuitBreaker breaker, JsonMapper json) {
        this.name = name;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connectTimeout())
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeouts.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .build();
        this.breaker = breaker;
        this.json = json;
    }

    String name() {
        return name;
    }

    /** POSTs a JSON body and reads the answer; fails fast, without calling, while the circuit is open. */
    <T> T post(String path, Object body, Class<T> answerType) {
        Answer<T> answer;
        try {
            answer = breaker.executeSupplier(() -> exchange(path, body, answerType));
        } catch (CallNotPermittedException open) {
            throw DependencyFailedException.circuitOpen(name);
        }
        if (answer.refusal() != null) throw answer.refusal();
        return answer.body();
    }

    /** Not behind the circuit breaker: undoing is worth a try even while new calls are refused. */
    void delete(String path) {
        http.delete().uri(path).retrieve().toBodilessEntity();
    }

    private <T> Answer<T> exchange(String path, Object body, Class<T> answerType) {
        try {
            return http.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsBytes(body))
                    .exchange((request, response) -> answer(
                            response.getStatusCode().value(), response.getBody().readAllBytes(), answerType));
        } catch (ResourceAccessException unreachableOrSlow) {
            throw DependencyFailedException.of(name, unreachableOrSlow);
        }
    }

    private <T> Answer<T> answer(int status, byte[] body, Class<T> answerType) {
        if (status >= 200 && status < 300) {
            try {
                return new Answer<>(json.readValue(body, answerType), null);
            } catch (JacksonException unreadable) {
                throw DependencyFailedException.unreadable(name, status, unreadable);
            }
        }
        var problem = problemIn(body);
        if (REFUSALS.contains(status)) {
            return new Answer<>(null, new DependencyRefusedException(name, status, problem));
        }
        throw DependencyFailedException.answered(name, status, problem);
    }

    private @Nullable Map<String, Object> problemIn(byte[] body) {
        try {
            return json.readValue(body, PROBLEM);
        } catch (JacksonException notAProblem) {
            return null;
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** What came back: the body, or a refusal thrown only once outside the breaker, so it never counts as failure. */
    private record Answer<T>(@Nullable T body, @Nullable DependencyRefusedException refusal) {}
}
