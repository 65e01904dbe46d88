package dev.agora.messaging;

/** A message could not be delivered as asked: the broker refused it, nobody could receive it, or no reply came. */
public class MessagingException extends RuntimeException {
    public MessagingException(String message) {
        super(message);
    }

    public MessagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
