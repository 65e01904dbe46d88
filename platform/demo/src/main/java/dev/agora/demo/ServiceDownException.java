package dev.agora.demo;

/** A service the scenario needs stopped answering: the demo cannot go on. */
final class ServiceDownException extends RuntimeException {

    private final String service;
    private final String url;

    ServiceDownException(String service, String url, Throwable cause) {
        super("the " + service + " service at " + url + " is not answering (" + rootMessage(cause) + ")", cause);
        this.service = service;
        this.url = url;
    }

    String service() {
        return service;
    }

    String url() {
        return url;
    }

    /** Why, in words: the root cause's kind for the usual ones, else its message. */
    static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return switch (root) {
            case java.net.ConnectException refused -> "connection refused";
            case java.nio.channels.ClosedChannelException closed -> "connection closed";
            case java.net.http.HttpTimeoutException slow -> "timed out";
            case java.net.SocketTimeoutException slow -> "timed out";
            case java.io.EOFException closed -> "connection closed";
            default -> {
                var message = root.getMessage();
                yield message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
            }
        };
    }
}
