package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessageContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;
import tools.jackson.databind.JsonNode;

/**
 * A bean method bound to routing keys. Its parameters may be the data (any type Jackson can read it into,
 * or {@link JsonNode}), the {@link Envelope} and the {@link MessageContext}, in any order.
 */
record HandlerMethod(Object bean, Method method, String description) {

    HandlerMethod {
        ReflectionUtils.makeAccessible(method);
        long dataParameters = Arrays.stream(method.getParameterTypes())
                .filter(type -> type != MessageContext.class && type != Envelope.class)
                .count();
        if (dataParameters > 1) {
            throw new IllegalStateException(description + " may take one data parameter, has " + dataParameters);
        }
    }

    /**
     * The call of this handler for one message: its data read into the handler's type and held to that type's
     * constraints, before any transaction starts.
     *
     * @throws InvalidMessageException naming what does not fit
     */
    Invocation bind(MessageContext context, ValidatingEventData eventData) {
        var types = method.getParameterTypes();
        var arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = argument(types[i], context, eventData);
        }
        return new Invocation(this, arguments);
    }

    private static Object argument(Class<?> type, MessageContext context, ValidatingEventData eventData) {
        if (type == MessageContext.class) return context;
        if (type == Envelope.class) return context.envelope();
        if (type == JsonNode.class) return context.envelope().data();
        return eventData.bind(context.envelope().data(), type);
    }

    /** A handler with the arguments of one message. */
    record Invocation(HandlerMethod handler, Object[] arguments) {

        @Nullable
        Object invoke() {
            try {
                return handler.method().invoke(handler.bean(), arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                if (e.getCause() instanceof Error error) throw error;
                throw new HandlerFailedException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A checked exception thrown by a handler, carried unchanged to the failure classification. */
    static final class HandlerFailedException extends RuntimeException {
        HandlerFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
