package dev.agora.messaging.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ReflectionUtils;

/**
 * Points the context of a Spring test at the servers of its static {@link IsolatedServers} field, so that the
 * field alone is enough. Registered in {@code META-INF/spring.factories}; does nothing for a test class without
 * such a field.
 */
class IsolatedServersContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var fields = serversFields(testClass);
        if (fields.isEmpty()) return null;
        if (fields.size() > 1) {
            throw new IllegalStateException(testClass.getName() + " has more than one IsolatedServers: " + fields);
        }
        var field = fields.getFirst();
        ReflectionUtils.makeAccessible(field);
        if (!(ReflectionUtils.getField(field, null) instanceof IsolatedServers servers)) {
            throw new IllegalStateException(field + " is null: assign it where it is declared");
        }
        return new ServersProperties(Map.copyOf(servers.springProperties()));
    }

    /** The static fields of the class, its superclasses and, for {@code @Nested} tests, its enclosing classes. */
    private static List<Field> serversFields(Class<?> testClass) {
        var fields = new ArrayList<Field>();
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            ReflectionUtils.doWithFields(
                    type,
                    fields::add,
                    field -> Modifier.isStatic(field.getModifiers())
                            && IsolatedServers.class.isAssignableFrom(field.getType()));
        }
        return fields;
    }

    /**
     * The servers' properties, first among the environment's sources like those of a
     * {@code @DynamicPropertySource}. A record: the test context cache keys contexts by their customizers, so two
     * test classes share a context only if they share the servers.
     */
    private record ServersProperties(Map<String, Object> properties) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("Agora isolated test servers", properties));
        }
    }
}
