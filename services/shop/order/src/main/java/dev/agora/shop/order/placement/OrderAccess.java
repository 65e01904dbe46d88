package dev.agora.shop.order.placement;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the order API: a shopper for their own orders (the controllers check whose), an operator for any. */
@Configuration(proxyBeanMethods = false)
class OrderAccess {

    @Bean
    ApiAccess orderApiAccess() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/orders")
                .access(Scope.anyOf(Scope.SHOP, Scope.OPS))
                .requestMatchers(HttpMethod.GET, "/api/orders", "/api/orders/**")
                .access(Scope.anyOf(Scope.SHOP, Scope.OPS));
    }
}
