package dev.agora.shop.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A {@code @ConfigurationProperties} record bound from given properties as Spring Boot binds it at start, for the
 * record's unit test: what the defaults are, what a value becomes, which values are refused and why.
 */
public record PropertiesBinding<T>(String prefix, Class<T> type) {

    public T bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, type);
    }

    /** Binding fails, and the reason (the validation message, naming the property) says so. */
    public void assertRefused(Map<String, String> properties, String reason) {
        assertThatThrownBy(() -> bind(properties))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining(reason);
    }
}
