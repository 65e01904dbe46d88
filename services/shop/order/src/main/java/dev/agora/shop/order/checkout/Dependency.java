package dev.agora.shop.order.checkout;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service the synchronous order calls, on the service's shared HTTP client, with its own retry and circuit
 * breaker. Every POST of the checkout is idempotent by order id, so one whose connection broke off before an
 * answer is sent again; the breaker sees each call once, after its retries, and counts failures only: a refusal
 * is a working service saying no.
 */
final class Dependency {

    /** Answers that refuse the order for a business reason (payment declined, insufficient stock, no price). */
    private static final Set<Integer> REFUSALS = Set.of(402, 409, 422);

    private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {};

    private final String name;
    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final JsonMapper json;

    Dependency(String name, RestClient http, CircuitBreaker breaker, Retry retry, JsonMapper json) {
        this.name = name;
        this.http = http;
        this.breaker = breaker;
        this.retry = retry;
        this.json = json;
    }

    String name() {
        return name;
    }

    /** POSTs a JSON body and reads the answer; fails fast, without calling, while the circuit is open. */
    <T> T post(String path, Object body, Class<T> answerType) {
        Answer<T> answer;
        try {
            answer = breaker.executeSupplier(retry.decorateSupplier(() -> exchange(path, body, answerType)));
        } catch (CallNotPermittedException open) {
            throw DependencyFailedException.circuitOpen(name);
        }
        if (answer.refusal() != null) throw answer.refusal();
        return answer.body();
    }

    /**
     * POSTs an undoing request (idempotent by order id), retried like every other: not behind the circuit
     * breaker, as undoing is worth a try even while new calls are refused.
     *
     * @return the answer's body, or null when it had none
     */
    <T> @Nullable T undo(String path, Object body, Class<T> answerType) {
        return retry.executeSupplier(reaching(() -> http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsBytes(body))
                .retrieve()
                .body(answerType)));
    }

    /** Not behind the circuit breaker either; the shared client itself sends a DELETE again whose connection broke. */
    void delete(String path) {
        reaching(() -> http.delete().uri(path).retrieve().toBodilessEntity()).get();
    }

    private <T> Answer<T> exchange(String path, Object body, Class<T> answerType) {
        return reaching(() -> http.post()
                        .uri(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .body(json.writeValueAsBytes(body))
                        .exchange((request, response) -> answer(
                                response.getStatusCode().value(),
                                response.getBody().readAllBytes(),
                                answerType)))
                .get();
    }

    /** A call that could not reach the service, or whose connection failed, as this dependency's failure. */
    private <T> Supplier<T> reaching(Supplier<T> call) {
        return () -> {
            try {
                return call.get();
            } catch (ResourceAccessException unreachableOrSlow) {
                throw DependencyFailedException.of(name, unreachableOrSlow);
            }
        };
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

    /** What came back: the body, or a refusal thrown only once outside the breaker, so it never counts as failure. */
    private record Answer<T>(@Nullable T body, @Nullable DependencyRefusedException refusal) {}
}
