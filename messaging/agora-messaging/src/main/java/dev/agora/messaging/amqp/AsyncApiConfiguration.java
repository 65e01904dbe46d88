package dev.agora.messaging.amqp;

import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.bind.annotation.RestController")
class AsyncApiConfiguration {

    @Bean
    AsyncApiController agoraAsyncApiController(
            Topology topology,
            HandlerRegistry handlers,
            EnvelopeCodec codec,
            MessagingProperties properties,
            BeanFactory beanFactory) {
        return new AsyncApiController(
                new AsyncApiDocument(topology, handlers, integrationEvents(beanFactory), codec, properties.role()));
    }

    private static List<Class<?>> integrationEvents(BeanFactory beanFactory) {
        if (!AutoConfigurationPackages.has(beanFactory)) return List.of();
        return PublishedEventTypes.in(
                AutoConfigurationPackages.get(beanFactory), AsyncApiConfiguration.class.getClassLoader());
    }
}
