package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BeanValidationPayloadsTest {

    record Line(@NotNull UUID productId, @Min(1) int quantity) {}

    record Reserved(@NotNull UUID orderId, @NotEmpty List<@Valid @NotNull Line> lines) {}

    private final BeanValidationPayloads payloads;

    BeanValidationPayloadsTest() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            payloads = new BeanValidationPayloads(factory.getValidator());
        }
    }

    @Test
    void namesEachViolatedFieldFromTheDataDownSorted() {
        var violations = payloads.violations(new Reserved(null, List.of(new Line(null, 0))));

        assertThat(violations)
                .containsExactly(
                        "data.lines[0].productId: must not be null",
                        "data.lines[0].quantity: must be greater than or equal to 1",
                        "data.orderId: must not be null");
    }

    @Test
    void validDataHasNoViolations() {
        assertThat(payloads.violations(new Reserved(UUID.randomUUID(), List.of(new Line(UUID.randomUUID(), 2)))))
                .isEmpty();
    }
}
