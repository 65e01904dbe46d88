package dev.agora.shop.query.user;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** A user's details are theirs (the controller checks) and an operator's. */
@Configuration(proxyBeanMethods = false)
class UserAccess {

    @Bean
    ApiAccess userReads() {
        return rules ->
                rules.requestMatchers(HttpMethod.GET, "/api/users/*").access(Scope.anyOf(Scope.SHOP, Scope.OPS));
    }
}
