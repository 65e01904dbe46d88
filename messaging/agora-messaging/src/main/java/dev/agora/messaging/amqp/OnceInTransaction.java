package dev.agora.messaging.amqp;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a message's handlers one after the other; with a database in one transaction together with the message's
 * inbox row, so a redelivered message has one effect.
 */
final class OnceInTransaction {

    /** What {@link #run} returns for a message the inbox has seen. */
    static final Object DUPLICATE = new Object();

    private final @Nullable TransactionTemplate transactions;
    private final @Nullable Inbox inbox;

    OnceInTransaction(@Nullable TransactionalMessaging database) {
        this.transactions = database == null ? null : database.transactions();
        this.inbox = database == null ? null : database.inbox();
    }

    /** The last handler's result (a request has one handler), or {@link #DUPLICATE}. */
    @Nullable
    Object run(UUID messageId, List<HandlerMethod.Invocation> invocations) {
        if (transactions == null) return invokeAll(invocations);
        return transactions.execute(status -> {
            if (inbox != null && !inbox.firstDelivery(messageId.toString())) return DUPLICATE;
            return invokeAll(invocations);
        });
    }

    private static @Nullable Object invokeAll(List<HandlerMethod.Invocation> invocations) {
        Object result = null;
        for (var invocation : invocations) {
            result = invocation.invoke();
        }
        return result;
    }
}
