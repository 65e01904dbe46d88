package dev.agora.shop.query.catalogue;

import dev.agora.web.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The catalogue is the shop window: anyone may read it. */
@Configuration(proxyBeanMethods = false)
class CatalogueAccess {

    @Bean
    ApiAccess catalogueReads() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/products", "/api/products/*")
                .permitAll();
    }
}
