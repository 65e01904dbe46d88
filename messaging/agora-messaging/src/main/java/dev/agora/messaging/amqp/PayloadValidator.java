package dev.agora.messaging.amqp;

import java.util.List;

/** Holds a handler's bound data to the constraints its type declares, before the handler runs. */
@FunctionalInterface
interface PayloadValidator {

    /** For a service without Bean Validation: the data's type is its only check. */
    PayloadValidator NONE = data -> List.of();

    /** What the data violates, each as {@code data.<path>: <message>}, sorted; empty when it is valid. */
    List<String> violations(Object data);
}
