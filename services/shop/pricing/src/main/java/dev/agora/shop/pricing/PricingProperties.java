package dev.agora.shop.pricing;

import dev.agora.shop.contracts.ShopLimits;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.shop.pricing.*}.
 *
 * @param currency every price and quote is in this currency (ISO 4217)
 * @param defaultTaxRate the rate when no tax rule matches, not even {@code ('*', '*')}
 */
@ConfigurationProperties("agora.shop.pricing")
public record PricingProperties(
        @DefaultValue("EUR") String currency,
        @DefaultValue("0.20") BigDecimal defaultTaxRate) {

    public PricingProperties {
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "agora.shop.pricing.currency must be an ISO 4217 code such as EUR, not " + currency);
        }
        if (defaultTaxRate.signum() < 0 || defaultTaxRate.compareTo(new BigDecimal(ShopLimits.MAX_TAX_RATE)) > 0) {
            throw new IllegalArgumentException("agora.shop.pricing.default-tax-rate must be between 0 and "
                    + ShopLimits.MAX_TAX_RATE + ", not " + defaultTaxRate);
        }
    }
}
