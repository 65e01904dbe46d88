package dev.agora.messaging.amqp;

import dev.agora.messaging.IntegrationEvent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.bind.annotation.RestController")
class AsyncApiConfiguration {

    @Bean
    AsyncApiController agoraAsyncApiController(
            Topology topology, HandlerRegistry handlers, EnvelopeCodec codec, BeanFactory beanFactory) {
        return new AsyncApiController(new AsyncApiDocument(topology, handlers, integrationEvents(beanFactory), codec));
    }

    private static List<Class<?>> integrationEvents(BeanFactory beanFactory) {
        var events = new ArrayList<Class<?>>();
        if (!AutoConfigurationPackages.has(beanFactory)) return events;
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(IntegrationEvent.class));
        for (var pkg : AutoConfigurationPackages.get(beanFactory)) {
            for (var candidate : scanner.findCandidateComponents(pkg)) {
                events.add(loadClass(candidate.getBeanClassName()));
            }
        }
        return events;
    }

    private static Class<?> loadClass(@Nullable String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
