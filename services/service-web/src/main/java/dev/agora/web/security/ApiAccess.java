package dev.agora.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules, as a bean: what of its API is public and which scopes the rest needs. Health and the
 * API documents are public in every service; whatever no rule names needs the {@code ops} scope.
 *
 * <pre>{@code
 * @Bean
 * ApiAccess productAccess() {
 *     return rules -> rules.requestMatchers(HttpMethod.GET, "/api/products/**").permitAll();
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ApiAccess {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
