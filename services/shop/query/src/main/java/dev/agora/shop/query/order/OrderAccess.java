package dev.agora.shop.query.order;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** A shopper reads their own orders and history (the controller checks whose), an operator anyone's. */
@Configuration(proxyBeanMethods = false)
class OrderAccess {

    @Bean
    ApiAccess orderHistoryAccess() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/users/*/orders", "/api/orders/*")
                .access(Scope.anyOf(Scope.SHOP, Scope.OPS));
    }
}
