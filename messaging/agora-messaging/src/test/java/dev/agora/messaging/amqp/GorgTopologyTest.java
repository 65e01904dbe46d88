package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GorgTopologyTest {

    @Test
    void eventNamesAreHeldToTheGemsPatternWildcardsAside() {
        assertThatCode(() -> GorgTopology.requireEventNames(
                        List.of("order.created", "user_account.*", "payment.#", "#"), List.of("order.shipped")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> GorgTopology.requireEventNames(List.of("payment.3ds.required"), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("handler key 'payment.3ds.required'");
        assertThatThrownBy(() -> GorgTopology.requireEventNames(List.of(), List.of("stock-level.changed")))
                .hasMessageContaining("published event 'stock-level.changed'");
    }

    @Test
    void theReplyKeyIsTheRequestKeyWithItsFirstRequestTurnedIntoReply() {
        Map.of("request.billing.echo", "reply.billing.echo", "request.requests.list", "reply.requests.list")
                .forEach((request, reply) ->
                        assertThat(GorgTopology.replyKey(request)).isEqualTo(reply));
    }

    @Test
    void onlyAnExchangeNamedAsTheGemNamesReplyExchangesIsAReplyTo() {
        for (var accepted : List.of("gorgbot.reply", "billing.a1b2c3d4.reply")) {
            assertThat(GorgTopology.replyExchangeOf(accepted)).isEqualTo(accepted);
        }
        var refused = Arrays.asList(
                "agoram_event_exchange", "log", ".reply", "bad name.reply", "reply.billing/reply.x.y", null);
        assertThat(refused)
                .allSatisfy(
                        name -> assertThat(GorgTopology.replyExchangeOf(name)).isNull());
    }
}
