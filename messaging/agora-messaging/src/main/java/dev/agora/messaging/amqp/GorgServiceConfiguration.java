package dev.agora.messaging.amqp;

import java.util.List;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code agora.messaging.compatibility=gorg-service} adds to a service: the gem-named request and reply
 * exchanges and the start-up check of event names ({@link GorgTopology}); {@code docs/gorg-compatibility.md}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "agora.messaging", name = "compatibility", havingValue = "gorg-service")
class GorgServiceConfiguration {

    @Bean
    GorgTopology agoraGorgTopology(
            AmqpAdmin amqpAdmin, Topology topology, AgoraInstance instance, BeanFactory beanFactory) {
        return new GorgTopology(
                topology, instance.id(), (RabbitAdmin) amqpAdmin, () -> publishedEventNames(beanFactory));
    }

    /** The names of the {@code @IntegrationEvent}s the service publishes, found as its AsyncAPI document finds them. */
    private static List<String> publishedEventNames(BeanFactory beanFactory) {
        if (!AutoConfigurationPackages.has(beanFactory)) return List.of();
        return PublishedEventTypes.in(
                        AutoConfigurationPackages.get(beanFactory), GorgServiceConfiguration.class.getClassLoader())
                .stream()
                .map(EventNames::of)
                .toList();
    }
}
