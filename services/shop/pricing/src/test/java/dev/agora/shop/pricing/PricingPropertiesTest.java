package dev.agora.shop.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PricingPropertiesTest {

    @Test
    void pricesAreInEurosTaxedAtTwentyPercentByDefault() {
        var properties = bind(Map.of());

        assertThat(properties.currency()).isEqualTo("EUR");
        assertThat(properties.defaultTaxRate()).isEqualByComparingTo("0.20");
    }

    @Test
    void defaultTaxRateAboveOneIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("agora.shop.pricing.default-tax-rate", "20")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("default-tax-rate must be between 0 and 1");
    }

    @Test
    void currencyThatIsNotAnIsoCodeIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("agora.shop.pricing.currency", "euro")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("currency must be an ISO 4217 code");
    }

    private static PricingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("agora.shop.pricing", PricingProperties.class);
    }
}
