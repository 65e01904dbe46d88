package dev.agora.portal.ops.parked;

import dev.agora.messaging.ParkedMessage;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.ParkedMessagesOfServices;
import java.util.List;
import java.util.Optional;
import org.springframework.amqp.AmqpException;
import org.springframework.stereotype.Component;

/**
 * The parking queues of the services, checked before use: a name that is no service, or a service without a
 * parking queue on this broker, is an answer (400, 404), not a broker channel error.
 */
@Component
public class ParkingLots {

    static final int LIST_LIMIT = 500;

    private final ParkedMessagesOfServices parked;

    ParkingLots(ParkedMessagesOfServices parked) {
        this.parked = parked;
    }

    List<ParkedMessage> list(String service) {
        return existing(service).list(LIST_LIMIT);
    }

    Optional<ParkedMessage> find(String service, String id) {
        return list(service).stream().filter(message -> message.id().equals(id)).findFirst();
    }

    boolean replay(String service, String id) {
        return existing(service).replay(id);
    }

    boolean discard(String service, String id) {
        return existing(service).discard(id);
    }

    /** -1 when the service has no parking queue here. */
    public long count(String service) {
        try {
            return of(service).count();
        } catch (AmqpException | UnknownServiceProblem missing) {
            return -1;
        }
    }

    private ParkedMessages existing(String service) {
        var messages = of(service);
        try {
            messages.count();
        } catch (AmqpException missing) {
            throw new UnknownServiceProblem(service);
        }
        return messages;
    }

    private ParkedMessages of(String service) {
        try {
            return parked.of(service);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidServiceNameProblem(service);
        }
    }
}
