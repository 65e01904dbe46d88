package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
        assertThat(GorgTopology.replyKey("request.billing.echo")).isEqualTo("reply.billing.echo");
        assertThat(GorgTopology.replyKey("request.requests.list")).isEqualTo("reply.requests.list");
    }

    @Test
    void onlyAnExchangeNamedAsTheGemNamesReplyExchangesIsAReplyTo() {
        assertThat(GorgTopology.replyExchangeOf("gorgbot.reply")).isEqualTo("gorgbot.reply");
        assertThat(GorgTopology.replyExchangeOf("billing.a1b2c3d4.reply")).isEqualTo("billing.a1b2c3d4.reply");
        assertThat(GorgTopology.replyExchangeOf("agoram_event_exchange")).isNull();
        assertThat(GorgTopology.replyExchangeOf("log")).isNull();
        assertThat(GorgTopology.replyExchangeOf(".reply")).isNull();
        assertThat(GorgTopology.replyExchangeOf("bad name.reply")).isNull();
        assertThat(GorgTopology.replyExchangeOf("reply.billing/reply.x.y")).isNull();
        assertThat(GorgTopology.replyExchangeOf(null)).isNull();
    }
}
