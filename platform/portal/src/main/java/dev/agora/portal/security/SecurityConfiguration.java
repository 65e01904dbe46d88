package dev.agora.portal.security;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.agora.web.security.ProblemSecurityResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * People sign in at the authorization server (OpenID Connect, authorization code with PKCE). The catalogue is
 * public; ordering and order histories need a sign-in, since a person orders as themselves; everything under
 * {@code /ops} needs an operator, because message bodies carry personal data and replay or discard change what
 * the services do. Scripts reach {@code /ops/api} with a bearer token that has the {@code ops} scope
 * ({@code ./agora token}); such requests carry no ambient credential and so need no CSRF token, while the
 * browser's session requests do. Signing out ends the session at the authorization server too.
 */
@Configuration(proxyBeanMethods = false)
@Import(SignInConfiguration.class)
public class SecurityConfiguration {

    private static final String OPERATOR = "OPERATOR";
    private static final String OPS_SCOPE = "SCOPE_ops";

    @Bean
    @Order(1)
    SecurityFilterChain consoleApi(HttpSecurity http, ProblemSecurityResponses problems) throws Exception {
        http.securityMatcher("/ops/api/**")
                .authorizeHttpRequests(
                        requests -> requests.anyRequest().hasAnyAuthority(Person.OPERATOR_ROLE, OPS_SCOPE))
                .oauth2ResourceServer(resource -> resource.jwt(withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ProblemSecurityResponses problems,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients,
            JwtDecoder accessTokens)
            throws Exception {
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/ops/**")
                        .hasRole(OPERATOR)
                        .requestMatchers(HttpMethod.POST, "/orders")
                        .authenticated()
                        .requestMatchers("/orders/**", "/history", "/users/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2Login(login -> login.userInfoEndpoint(
                        userInfo -> userInfo.oidcUserService(new PersonSignIn(new OidcUserService(), accessTokens))))
                .logout(logout -> logout.logoutSuccessHandler(signOut)
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                authorizedClients.removeAuthorizedClient(
                                        SignInConfiguration.REGISTRATION, authentication.getName());
                            }
                        }))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new SecurityProblems(problems)));
        return http.build();
    }
}
