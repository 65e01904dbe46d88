package dev.agora.messaging.amqp;

import jakarta.validation.Validator;
import java.util.List;

/** The service's Bean Validation: {@code @NotNull}, {@code @Valid} on nested data and the rest, on event records. */
final class BeanValidationPayloads implements PayloadValidator {

    private final Validator validator;

    BeanValidationPayloads(Validator validator) {
        this.validator = validator;
    }

    @Override
    public List<String> violations(Object data) {
        return validator.validate(data).stream()
                .map(violation -> {
                    var path = violation.getPropertyPath().toString();
                    return (path.isEmpty() ? "data" : "data." + path) + ": " + violation.getMessage();
                })
                .sorted()
                .toList();
    }
}
