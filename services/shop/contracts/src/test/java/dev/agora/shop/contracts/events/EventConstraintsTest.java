package dev.agora.shop.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.shop.contracts.OrderLine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging layer validates an event's data before its handler runs: every event declares the fields it
 * cannot do without, so data that misses one is parked naming it instead of reaching a database.
 */
class EventConstraintsTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;
    /** Missing numbers read as 0 here, so that reading {@code {}} reaches validation: the test is about the rest. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @BeforeAll
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void everyEventRequiresEachFieldItDoesNotDeclareNullable() throws Exception {
        var events = events();
        assertThat(events).hasSizeGreaterThan(10);
        for (var event : events) {
            var required = Arrays.stream(event.getRecordComponents())
                    .filter(component -> !component.getType().isPrimitive())
                    .filter(component -> !component.isAnnotationPresent(Nullable.class)
                            && !component.getAnnotatedType().isAnnotationPresent(Nullable.class))
                    .map(component -> component.getName())
                    .collect(Collectors.toSet());

            var violated = validator.validate(json.readValue("{}", event)).stream()
                    .map(violation -> violation.getPropertyPath().toString())
                    .collect(Collectors.toSet());

            assertThat(violated).as(event.getSimpleName()).containsAll(required);
        }
    }

    @Test
    void theLinesOfAnOrderAreValidatedOneByOne() {
        var reserved = new StockReserved(UUID.randomUUID(), List.of(new OrderLine(null, 0)));

        assertThat(validator.validate(reserved))
                .extracting(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .containsExactlyInAnyOrder("lines[0].productId", "lines[0].quantity");
        assertThat(validator.validate(new StockReserved(UUID.randomUUID(), List.of())))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("lines");
    }

    private static List<Class<?>> events() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(IntegrationEvent.class));
        var found = new java.util.ArrayList<Class<?>>();
        for (BeanDefinition definition : scanner.findCandidateComponents(StockReserved.class.getPackageName())) {
            found.add(Class.forName(definition.getBeanClassName()));
        }
        return found;
    }
}
