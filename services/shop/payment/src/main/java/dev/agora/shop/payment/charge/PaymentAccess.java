package dev.agora.shop.payment.charge;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Charges and refunds are the order service's to make (scope {@code payment.charge}) or an operator's; the sandbox's
 * settings are an operator's, as everything no rule names.
 */
@Configuration(proxyBeanMethods = false)
class PaymentAccess {

    @Bean
    ApiAccess paymentApiAccess() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/payments", "/api/refunds")
                .access(Scope.anyOf(Scope.PAYMENT_CHARGE, Scope.OPS))
                .requestMatchers(HttpMethod.GET, "/api/payments", "/api/payments/**")
                .access(Scope.anyOf(Scope.PAYMENT_CHARGE, Scope.OPS));
    }
}
