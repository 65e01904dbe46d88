package dev.agora.portal.ops.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AsyncApiSummaryTest {

    @Test
    void eachOperationIsShownWithTheAddressOfItsChannel() {
        var document = JsonMapper.builder().build().readTree("""
                {"asyncapi": "3.0.0", "info": {"title": "order messaging"},
                 "channels": {"event.payment.created": {"address": "payment.created"},
                              "reply.order.quote": {"address": null}},
                 "operations": {
                   "receive payment.created": {"action": "receive", "summary": "handled by Saga.on",
                                               "channel": {"$ref": "#/channels/event.payment.created"}},
                   "answer quote": {"action": "receive", "channel": {"$ref": "#/channels/reply.order.quote"}}}}
                """);

        var summary = AsyncApiSummary.of(document);

        assertThat(summary.title()).isEqualTo("order messaging");
        assertThat(summary.version()).isEqualTo("3.0.0");
        assertThat(summary.channels())
                .extracting(AsyncApiSummary.Channel::address)
                .containsExactly("payment.created", "(dynamic)");
        assertThat(summary.operations())
                .containsExactly(
                        new AsyncApiSummary.Operation(
                                "receive payment.created", "receive", "payment.created", "handled by Saga.on"),
                        new AsyncApiSummary.Operation("answer quote", "receive", "(dynamic)", ""));
    }
}
