package dev.agora.shop.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points a test class marked {@link SharedAuthClient} at the shared authorization server. Registered in {@code
 * META-INF/spring.factories}; does nothing for a test class without the annotation.
 */
class SharedAuthContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var client = TestContextAnnotationUtils.findMergedAnnotation(testClass, SharedAuthClient.class);
        return client == null ? null : new SharedAuthProperties(client.value());
    }

    /**
     * The server's properties for one client, first among the environment's sources as a {@code
     * DynamicPropertySource}'s are. A record: test contexts are cached by their customizers, so the client id is
     * part of the key.
     */
    private record SharedAuthProperties(String clientId) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            Map<String, Object> properties = new HashMap<>(SharedAuth.get().serviceProperties(clientId));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("Agora shared authorization server", properties));
        }
    }
}
