package dev.agora.shop.pricing;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the pricing API (docs/security.md): prices and tax rules are public reads; quotes are for the
 * order service's checkout ({@code pricing.quote}) or an operator; setting prices and tax rules is left to the
 * default rule, {@code ops}.
 */
@Configuration(proxyBeanMethods = false)
public class PricingAccess {

    @Bean
    ApiAccess pricingApiAccess() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/prices", "/api/prices/**", "/api/tax-rules")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/quotes")
                .access(Scope.anyOf(Scope.PRICING_QUOTE, Scope.OPS));
    }
}
