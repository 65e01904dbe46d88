package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.messaging.HardFailException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ValidatingEventDataTest {

    record Expired(@NotNull UUID orderId) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final ValidatingEventData eventData;

    ValidatingEventDataTest() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            eventData = new ValidatingEventData(
                    new EnvelopeCodec(json, 4096), new BeanValidationPayloads(factory.getValidator()));
        }
    }

    @Test
    void validDataIsReadIntoItsRecord() {
        var order = UUID.randomUUID();

        assertThat(eventData.read("order.expired", json.readTree("{\"orderId\":\"" + order + "\"}"), Expired.class))
                .isEqualTo(new Expired(order));
    }

    @Test
    void dataMissingARequiredFieldIsAHardFailureNamingTheRoutingKeyAndTheField() {
        assertThatThrownBy(() -> eventData.read("order.expired", json.readTree("{}"), Expired.class))
                .isInstanceOf(HardFailException.class)
                .hasMessage("order.expired data is not a valid Expired: data.orderId: must not be null");
    }

    @Test
    void unreadableDataIsAHardFailureNamingTheRoutingKeyAndTheType() {
        assertThatThrownBy(() ->
                        eventData.read("order.expired", json.readTree("{\"orderId\":\"not-a-uuid\"}"), Expired.class))
                .isInstanceOf(HardFailException.class)
                .hasMessageStartingWith("order.expired data cannot be read as Expired");
    }
}
