package dev.agora.shop.product.catalogue;

import dev.agora.web.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The catalogue is a shop window: anyone reads it; adding and changing products is an operator's (docs/security.md). */
@Configuration(proxyBeanMethods = false)
class ProductAccess {

    @Bean
    ApiAccess productApiAccess() {
        // POST and PUT are left to the default rule: ops
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/products", "/api/products/**")
                .permitAll();
    }
}
