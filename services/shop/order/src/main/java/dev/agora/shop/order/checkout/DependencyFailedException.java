package dev.agora.shop.order.checkout;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The dependency could not serve the call: down, too slow, failing, or not called at all (circuit open). */
final class DependencyFailedException extends DependencyException {

    enum Kind {
        /** No connection (refused, not made in time, none free in the pool): the request never reached it. */
        UNREACHABLE,
        /** No answer within the response timeout: it may still be doing the work. */
        TIMED_OUT,
        /** Its circuit breaker is open: not called. */
        CIRCUIT_OPEN,
        /** It answered with an error status. */
        ERROR_ANSWER,
        /** The connection broke off before an answer came (closed, reset): the request may or may not have run. */
        BROKEN,
        /** It answered something that could not be read. */
        UNREADABLE
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

    /** Tells a dead service from a slow one, and both from a lost connection, by the cause the HTTP client gave. */
    static DependencyFailedException of(String dependency, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof ConnectTimeoutException
                    || cause instanceof ConnectionRequestTimeoutException
                    || cause instanceof UnknownHostException) {
                return new DependencyFailedException(
                        dependency, Kind.UNREACHABLE, null, dependency + " is unreachable", null, failure);
            }
            if (cause instanceof InterruptedIOException) {
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

    /**
     * What the checkout's retry tries again: a call whose connection broke off. Not a refused connection (the
     * service is down) nor a timeout (it is slow, and may still be at the work): those are for the breaker.
     */
    static boolean brokeOff(Throwable failure) {
        return failure instanceof DependencyFailedException failed && failed.kind == Kind.BROKEN;
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
                dependency, Kind.UNREADABLE, status, dependency + " answered something unreadable", null, cause);
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
            case TIMED_OUT, BROKEN, UNREADABLE -> true;
            case ERROR_ANSWER -> status != null && status >= 500 && status != 503;
        };
    }
}
