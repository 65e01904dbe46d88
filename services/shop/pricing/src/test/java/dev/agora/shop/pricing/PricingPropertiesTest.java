package dev.agora.shop.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.PropertiesBinding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingPropertiesTest {

    private static final PropertiesBinding<PricingProperties> BINDING =
            new PropertiesBinding<>("agora.shop.pricing", PricingProperties.class);

    @Test
    void pricesAreInEurosTaxedAtTwentyPercentByDefault() {
        var properties = bind(Map.of());

        assertThat(properties.currency()).isEqualTo("EUR");
        assertThat(properties.defaultTaxRate()).isEqualByComparingTo("0.20");
    }

    @Test
    void defaultTaxRateAboveOneIsRefused() {
        BINDING.assertRefused(
                Map.of("agora.shop.pricing.default-tax-rate", "20"), "default-tax-rate must be between 0 and 1");
    }

    @Test
    void currencyThatIsNotAnIsoCodeIsRefused() {
        BINDING.assertRefused(Map.of("agora.shop.pricing.currency", "euro"), "currency must be an ISO 4217 code");
    }

    private static PricingProperties bind(Map<String, String> properties) {
        return BINDING.bind(properties);
    }
}
