package dev.agora.shop.order.checkout;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A call to inventory, pricing or payment that did not bring what the order needs. */
abstract sealed class DependencyException extends RuntimeException
        permits DependencyRefusedException, DependencyFailedException {

    private final String dependency;
    private final @Nullable Map<String, Object> problem;

    DependencyException(
            String dependency, String message, @Nullable Map<String, Object> problem, @Nullable Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
        this.problem = problem;
    }

    /** inventory, pricing or payment. */
    String dependency() {
        return dependency;
    }

    /** The dependency's own problem+json, when it answered with one. */
    @Nullable
    Map<String, Object> problem() {
        return problem;
    }

    /** Whether the dependency may have done what was asked although the call failed (it must then be undone). */
    abstract boolean mayHaveActed();

    static @Nullable String detailOf(@Nullable Map<String, Object> problem) {
        if (problem == null) return null;
        var detail = problem.get("detail");
        var title = problem.get("title");
        return detail != null ? detail.toString() : title != null ? title.toString() : null;
    }
}
