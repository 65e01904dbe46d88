package dev.agora.bench.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What PerfTest and the Spring peers need to send their messages the way Agora does: to the topic event exchange, which the
 * conventions bind on to the {@code log} exchange with {@code #}, with the properties and trace header of
 * an Agora message. Measured here, that route alone costs the broker about a fifth of its throughput, a
 * cost no client library can win back; with it on both sides the ratio is the library's own.
 */
final class AgoraLikeTopology {

    static final String EVENT_EXCHANGE = "agoram_event_exchange";
    static final String LOG_EXCHANGE = "log";

    private AgoraLikeTopology() {}

    /** Declares what an Agora service would have declared; the same arguments, so both can share a vhost. */
    static void declare(BenchVhost vhost, String queue) {
        declareExchanges(vhost);
        vhost.withChannel("declare the quorum queue " + queue, channel -> {
            channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
            channel.queueBind(queue, EVENT_EXCHANGE, TickHandler.EVENT);
        });
    }

    /** The exchanges and the log hop alone, for a side that declares its queue itself (Spring Cloud Stream). */
    static void declareExchanges(BenchVhost vhost) {
        vhost.withChannel("declare Agora's exchanges", channel -> {
            channel.exchangeDeclare(EVENT_EXCHANGE, "topic", true);
            channel.exchangeDeclare(LOG_EXCHANGE, "topic", true);
            channel.exchangeBind(LOG_EXCHANGE, EVENT_EXCHANGE, "#");
        });
    }

    /** PerfTest options that publish through that topology to the pre-declared queue. */
    static List<String> perfTestArguments() {
        return List.of(
                "-p",
                "-e",
                EVENT_EXCHANGE,
                "-t",
                "topic",
                "-k",
                TickHandler.EVENT,
                "-mp",
                String.join(
                        ",",
                        "contentType=application/json",
                        "contentEncoding=utf-8",
                        "messageId=" + UUID.randomUUID(),
                        "type=" + TickHandler.EVENT,
                        "appId=" + AgoraService.SERVICE,
                        "traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    }
}
