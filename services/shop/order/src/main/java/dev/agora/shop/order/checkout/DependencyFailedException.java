package dev.agora.shop.order.checkout;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The dependency could not serve the call: down, too slow, failing, or not called at all (circuit open). */
final class DependencyFailedException extends DependencyException {

    enum Kind {
        /** No connection: the request never reached it. */
        UNREACHABLE,
        /** No answer within the read timeout: it may still be doing the work. */
        TIMED_OUT,
        /** Its circuit breaker is open: not called. */
        CIRCUIT_OPEN,
        /** It answered with an error status. */
        ERROR_ANSWER,
        /** The exchange broke off, or the answer could not be read. */
        BROKEN
    }

    private final Kind kind;
    private final @Nullable Integer status;

    private DependencyFailedException(
            String dependency,
            Kind kind,
            @Nullable Integer status,
            String message,
            @Nullable Map<String, Object> problem,
            @Nullable Throwable cause) {
        super(dependency, message, problem, cause);
        this.kind = kind;
        this.status = status;
    }

    /** Tells a dead service from a slow one by the cause the HTTP client gave. */
    static DependencyFailedException of(String dependency, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof UnresolvedAddressException) {
                return new DependencyFailedException(
                        dependency, Kind.UNREACHABLE, null, dependency + " is unreachable", null, failure);
            }
            if (cause instanceof HttpTimeoutException) {
                return new DependencyFailedException(
                        dependency, Kind.TIMED_OUT, null, dependency + " did not answer in time", null, failure);
            }
        }
        return new DependencyFailedException(
                dependency,
                Kind.BROKEN,
                null,
                dependency + " broke off the call: " + failure.getMessage(),
                null,
                failure);
    }

    static DependencyFailedException circuitOpen(String dependency) {
        return new DependencyFailedException(
                dependency,
                Kind.CIRCUIT_OPEN,
                null,
                dependency + " is failing and was not called (circuit breaker open)",
                null,
                null);
    }

    static DependencyFailedException answered(String dependency, int status, @Nullable Map<String, Object> problem) {
        var detail = detailOf(problem);
        return new DependencyFailedException(
                dependency,
                Kind.ERROR_ANSWER,
                status,
                dependency + " failed with HTTP " + status + (detail == null ? "" : ": " + detail),
                problem,
                null);
    }

    static DependencyFailedException unreadable(String dependency, int status, Exception cause) {
        return new DependencyFailedException(
                dependency, Kind.BROKEN, status, dependency + " answered something unreadable", null, cause);
    }

    Kind kind() {
        return kind;
    }

    @Nullable
    Integer status() {
        return status;
    }

    /** 504 when it was too slow, 503 for everything else. */
    HttpStatus httpStatus() {
        return kind == Kind.TIMED_OUT ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
    }

    /**
     * Only a refused connection, an open circuit, a 4xx and a 503 (which the shop's services send for "nothing
     * was done") prove that nothing happened; a timeout, another 5xx or a broken exchange do not.
     */
    @Override
    boolean mayHaveActed() {
        return switch (kind) {
            case UNREACHABLE, CIRCUIT_OPEN -> false;
            case TIMED_OUT, BROKEN -> true;
            case ERROR_ANSWER -> status != null && status >= 500 && status != 503;
        };
    }
}
