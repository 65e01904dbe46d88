package dev.agora.bench.messaging;

import java.util.Map;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The Spring Cloud Stream peer's run with the Rabbit binder: {@code StreamBridge.send} to Agora's event
 * exchange with a correlated confirm per message ({@code useConfirmHeader}), the consumer function on a
 * quorum queue the binder declares and binds itself.
 */
final class SpringCloudStreamRun {

    private static final String OUT = "ticks-out-0";
    private static final String IN = SpringCloudStreamApplication.FUNCTION + "-in-0";

    private SpringCloudStreamRun() {}

    static SideRun of(SideRun.Setting setting) {
        return new SpringPeerRun(
                setting,
                SpringCloudStreamApplication.class,
                settings(setting.options()),
                context -> context.getBean(Deliveries.class),
                context -> {
                    var bridge = context.getBean(StreamBridge.class);
                    return (tick, correlation) -> bridge.send(
                            OUT,
                            MessageBuilder.withPayload(tick)
                                    .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, correlation)
                                    .build());
                });
    }

    static Map<String, Object> settings(BenchOptions options) {
        var properties = SpringSide.confirmedPublishing(SpringSide.AGORA);
        properties.put("spring.cloud.function.definition", SpringCloudStreamApplication.FUNCTION);
        properties.put("spring.cloud.stream.output-bindings", "ticks");
        var in = "spring.cloud.stream.bindings." + IN + ".";
        properties.put(in + "destination", AgoraLikeTopology.EVENT_EXCHANGE);
        properties.put(in + "group", Side.SPRING_CLOUD_STREAM.queue());
        var rabbitIn = "spring.cloud.stream.rabbit.bindings." + IN + ".consumer.";
        properties.put(rabbitIn + "queue-name-group-only", true);
        properties.put(rabbitIn + "binding-routing-key", TickHandler.EVENT);
        properties.put(rabbitIn + "declare-exchange", false);
        properties.put(rabbitIn + "quorum.enabled", true);
        properties.put(rabbitIn + "prefetch", options.prefetch());
        var outBinding = "spring.cloud.stream.bindings." + OUT + ".";
        properties.put(outBinding + "destination", AgoraLikeTopology.EVENT_EXCHANGE);
        // the binder publishes mandatory when returns have somewhere to go
        properties.put(outBinding + "producer.error-channel-enabled", true);
        var rabbitOut = "spring.cloud.stream.rabbit.bindings." + OUT + ".producer.";
        properties.put(rabbitOut + "declare-exchange", false);
        properties.put(rabbitOut + "routing-key", TickHandler.EVENT);
        properties.put(rabbitOut + "use-confirm-header", true);
        // closing the context unbinds the dynamic output binding after its error bridge is gone: one harmless
        // stack trace per run, after the measurement (BeanCreationNotAllowedException in destroyErrorInfrastructure)
        properties.put(
                "logging.level.org.springframework.cloud.stream.binder.rabbit.RabbitMessageChannelBinder", "OFF");
        return properties;
    }
}
