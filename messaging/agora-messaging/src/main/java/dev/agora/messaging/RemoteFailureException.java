package dev.agora.messaging;

/** The called service failed the request permanently and said why in its reply. */
public class RemoteFailureException extends MessagingException {
    private final String service;

    public RemoteFailureException(String service, String message) {
        super(service + " failed the request: " + message);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
