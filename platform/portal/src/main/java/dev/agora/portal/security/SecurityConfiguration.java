package dev.agora.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The shop pages are public; everything under {@code /ops} needs the operator's login, because message bodies carry
 * personal data and replay or discard change what the services do. Browsers log in with a form and send the CSRF
 * token with every change; scripts may use HTTP Basic on {@code /ops/api}, where no browser is ever asked for it,
 * so such requests carry no ambient credential and need no CSRF token.
 */
@Configuration
@EnableConfigurationProperties(AdminCredential.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/ops/api/");
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/ops/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(login ->
                        login.loginPage("/login").defaultSuccessUrl("/ops").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::basicAuthenticated));
        return http.build();
    }

    private static boolean basicAuthenticated(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService operators(AdminCredential admin, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername(admin.user())
                .password(encoder.encode(admin.password()))
                .roles("OPERATOR")
                .build());
    }
}
