package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ShutdownSignalException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the exchange name out of the broker's "404 NOT_FOUND - no exchange 'x'" channel close. */
final class MissingExchange {

    private static final Pattern NO_EXCHANGE = Pattern.compile("no exchange '([^']*)'");

    private MissingExchange() {}

    static @Nullable String of(ShutdownSignalException cause) {
        if (!(cause.getReason() instanceof AMQP.Channel.Close close) || close.getReplyCode() != AMQP.NOT_FOUND) {
            return null;
        }
        var matcher = NO_EXCHANGE.matcher(close.getReplyText());
        return matcher.find() ? matcher.group(1) : null;
    }
}
