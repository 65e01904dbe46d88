package dev.agora.shop.order.checkout;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dependency works and said no to this order (insufficient stock 409, no price 422, payment declined 402):
 * nothing was done, and it does not count against the dependency's circuit breaker.
 */
final class DependencyRefusedException extends DependencyException {

    private final int status;

    DependencyRefusedException(String dependency, int status, @Nullable Map<String, Object> problem) {
        super(dependency, message(dependency, status, problem), problem, null);
        this.status = status;
    }

    int status() {
        return status;
    }

    @Override
    boolean mayHaveActed() {
        return false;
    }

    private static String message(String dependency, int status, @Nullable Map<String, Object> problem) {
        var detail = detailOf(problem);
        return dependency + " refused the order: " + (detail == null ? "HTTP " + status : detail);
    }
}
