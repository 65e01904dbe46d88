package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.MessageContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Which routing keys an @EventHandler subscribes to, from its annotation and its data parameter's type. */
class EventHandlerKeysTest {

    @IntegrationEvent
    record OrderCreated(String orderId) {}

    @IntegrationEvent("stock.level.changed")
    record StockChanged(String productId) {}

    record PlainData(String orderId) {}

    @SuppressWarnings("unused")
    static class Handlers {
        void typed(OrderCreated order) {}

        void typedWithContext(MessageContext context, StockChanged changed, Envelope envelope) {}

        void json(JsonNode data) {}

        void plain(PlainData data) {}

        void contextOnly(MessageContext context) {}
    }

    @Test
    void withoutAValueTheKeyIsTheOneTheParameterTypeIsPublishedUnder() {
        assertThat(EventHandlerKeys.of(new String[0], handler("typed"), "h")).containsExactly("order.created");
        assertThat(EventHandlerKeys.of(new String[0], handler("typedWithContext"), "h"))
                .containsExactly("stock.level.changed");
    }

    @Test
    void anExplicitKeyEqualToTheTypesIsAccepted() {
        assertThat(EventHandlerKeys.of(new String[] {"order.created"}, handler("typed"), "h"))
                .containsExactly("order.created");
    }

    @Test
    void anExplicitKeyThatDiffersFromTheTypesFailsNamingBoth() {
        assertThatThrownBy(() -> EventHandlerKeys.of(new String[] {"order.placed"}, handler("typed"), "Saga.typed"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Saga.typed")
                .hasMessageContaining("'order.placed'")
                .hasMessageContaining("OrderCreated")
                .hasMessageContaining("'order.created'");
    }

    @Test
    void aTopicPatternWithATypedParameterFails() {
        assertThatThrownBy(() -> EventHandlerKeys.of(new String[] {"order.*"}, handler("typed"), "h"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'order.*'");
    }

    @Test
    void untypedParametersTakeTheGivenKeysAndPatterns() {
        var given = new String[] {"order.*", "invoice.#", "payment.created"};
        assertThat(EventHandlerKeys.of(given, handler("json"), "h")).containsExactly(given);
        assertThat(EventHandlerKeys.of(given, handler("plain"), "h")).containsExactly(given);
        assertThat(EventHandlerKeys.of(given, handler("contextOnly"), "h")).containsExactly(given);
    }

    @Test
    void anUntypedHandlerWithoutAKeyFails() {
        assertThatThrownBy(() -> EventHandlerKeys.of(new String[0], handler("json"), "Audit.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Audit.json")
                .hasMessageContaining("@IntegrationEvent");
    }

    static class Mismatched {
        @EventHandler("order.placed")
        void on(OrderCreated order) {}
    }

    static class Typed {
        @EventHandler
        void on(OrderCreated order) {}
    }

    @Test
    void theRegistryAppliesTheRuleWhenItFindsTheHandlers() {
        var registry = new HandlerRegistry();

        registry.postProcessAfterInitialization(new Typed(), "typed");
        assertThat(registry.eventPatterns()).containsExactly("order.created");
        assertThatThrownBy(() -> registry.postProcessAfterInitialization(new Mismatched(), "mismatched"))
                .hasMessageContaining("mismatched.on")
                .hasMessageContaining("'order.placed'");
    }

    private static Method handler(String name) {
        return Arrays.stream(Handlers.class.getDeclaredMethods())
                .filter(method -> method.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
