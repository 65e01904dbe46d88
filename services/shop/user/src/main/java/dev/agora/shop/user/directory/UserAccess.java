package dev.agora.shop.user.directory;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the user API (docs/security.md): a shopper reads and changes their own user ({@code shop}, and the
 * controller checks the token's {@code user_id}), an operator any; registering and listing users is left to the
 * default rule, {@code ops}.
 */
@Configuration(proxyBeanMethods = false)
class UserAccess {

    @Bean
    ApiAccess userApiAccess() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/users/*")
                .access(Scope.anyOf(Scope.SHOP, Scope.OPS))
                .requestMatchers(HttpMethod.PUT, "/api/users/*")
                .access(Scope.anyOf(Scope.SHOP, Scope.OPS));
    }
}
