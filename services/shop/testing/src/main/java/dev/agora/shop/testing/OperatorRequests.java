package dev.agora.shop.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.agora.web.security.Scope;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Every MockMvc request of a test that imports this carries an operator's token (scope {@code ops}, which every
 * operation of the shop allows): for the tests of what an API does. Who may call it is for each service's access
 * tests, whose requests say their own token ({@code .with(jwt()...)}, or {@code .with(anonymous())} for none).
 */
@TestConfiguration(proxyBeanMethods = false)
public class OperatorRequests {

    @Bean
    MockMvcBuilderCustomizer operatorToken() {
        return builder -> builder.defaultRequest(
                get("/").with(jwt().authorities(new SimpleGrantedAuthority(Scope.authority(Scope.OPS)))));
    }
}
