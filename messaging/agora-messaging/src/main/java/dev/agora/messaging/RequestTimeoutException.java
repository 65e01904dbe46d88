package dev.agora.messaging;

/** No reply arrived in time; a reply that arrives later is logged and dropped. */
public class RequestTimeoutException extends MessagingException {
    public RequestTimeoutException(String message) {
        super(message);
    }
}
