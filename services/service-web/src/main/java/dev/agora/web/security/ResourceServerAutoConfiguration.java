package dev.agora.web.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service with Spring Security's resource server on its class path is an OAuth2 resource server of the
 * platform's authorization server: stateless, bearer JWTs only, 401 and 403 as problems. Health, the OpenAPI and
 * AsyncAPI documents are public; each service opens or restricts its API with {@link ApiAccess} beans; anything no
 * rule names needs {@code ops}, so that a forgotten endpoint is closed rather than open. The decoder is Spring
 * Boot's, from {@code spring.security.oauth2.resourceserver.jwt.*} (set from {@code AGORA_AUTH_URL} in
 * {@code agora-infrastructure.yml}): it fetches the keys on the first token, so a service starts before the
 * authorization server does. A service that defines its own filter chain (the authorization server itself) keeps it.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(BearerTokenAuthenticationFilter.class)
public class ResourceServerAutoConfiguration {

    private static final String[] PUBLIC_DOCUMENTS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info", // how often the launcher's supervisor restarted the service: the ops console shows it
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/asyncapi",
        "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityResponses problemSecurityResponses(JsonMapper json) {
        return new ProblemSecurityResponses(json);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new TokenAuthorities());
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServer(
            HttpSecurity http,
            List<ApiAccess> access,
            ProblemSecurityResponses problems,
            JwtAuthenticationConverter tokens)
            throws Exception {
        http.authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.requestMatchers(HttpMethod.GET, PUBLIC_DOCUMENTS).permitAll();
                    access.forEach(service -> service.authorize(rules));
                    rules.anyRequest().access(Scope.anyOf(Scope.OPS));
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens only: no cookie, so nothing a forged cross-site request could ride on
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** The caller comes from the token, so the OpenAPI documents show no such parameter. */
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    WebMvcConfigurer agoraCallerParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
