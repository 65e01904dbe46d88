package dev.agora.bench.messaging;

import java.util.Map;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The Spring AMQP peer's run: {@code RabbitTemplate.convertAndSend} with correlated publisher confirms
 * (persistent and mandatory), the {@link SpringAmqpListener} on the quorum queue bound like Agora's.
 */
final class SpringAmqpRun {

    private SpringAmqpRun() {}

    static SideRun of(SideRun.Setting setting) {
        return new SpringPeerRun(
                setting,
                SpringAmqpApplication.class,
                settings(setting.options()),
                context -> context.getBean(SpringAmqpListener.class).deliveries(),
                context -> {
                    var template = context.getBean(RabbitTemplate.class);
                    return (tick, correlation) -> template.convertAndSend(
                            AgoraLikeTopology.EVENT_EXCHANGE, TickHandler.EVENT, tick, correlation);
                });
    }

    static Map<String, Object> settings(BenchOptions options) {
        var properties = SpringSide.confirmedPublishing(SpringSide.AGORA, SpringSide.SPRING_CLOUD_STREAM);
        properties.put("spring.rabbitmq.template.mandatory", true);
        properties.put("spring.rabbitmq.listener.simple.prefetch", options.prefetch());
        return properties;
    }
}
