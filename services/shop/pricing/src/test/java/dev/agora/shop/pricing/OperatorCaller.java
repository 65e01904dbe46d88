package dev.agora.shop.pricing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.web.security.Scope;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * For tests of what the API does, not of who may call it (PricingAccessTest does that): every request of the test's
 * MockMvc comes from an operator.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OperatorCaller {

    @Bean
    MockMvcBuilderCustomizer operatorRequests() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
                .with(jwt().authorities(new SimpleGrantedAuthority(Scope.authority(Scope.OPS)))));
    }
}
