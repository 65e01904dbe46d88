package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    @Test
    void parsesAndPrintsTheW3cFormat() {
        var header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        var trace = TraceParent.parse(header);

        assertThat(trace).isNotNull();
        assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(trace.toString()).isEqualTo(header);
    }

    @Test
    void ignoresMalformedAndAllZeroTraceIds() {
        assertThat(TraceParent.parse("garbage")).isNull();
        assertThat(TraceParent.parse("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isNull();
        assertThat(TraceParent.parse(null)).isNull();
    }

    @Test
    void anOutgoingMessageContinuesTheCurrentTraceWithANewSpan() {
        var incoming = TraceParent.newTrace();

        try (var scope = incoming.open()) {
            var outgoing = TraceParent.forOutgoing();
            assertThat(outgoing.traceId()).isEqualTo(incoming.traceId());
            assertThat(outgoing.spanId()).isNotEqualTo(incoming.spanId());
        }
        assertThat(TraceParent.current()).isNull();
        assertThat(TraceParent.forOutgoing().traceId()).isNotEqualTo(incoming.traceId());
    }
}
