package dev.agora.shop.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.web.security.Scope;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * For the tests of what an API does, not of who may call it (each service's access tests): every request of the
 * test's MockMvc or RestTestClient comes from an operator. A test's own request says otherwise with {@code
 * .with(jwt()...)}, or {@code .with(anonymous())} for none. Over real HTTP the operator's token is a fixed value that this
 * decoder, in place of the authorization server's key set, reads as an {@code ops} token.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OperatorCaller {

    private static final String TOKEN = "test-operator";

    /** The operator's {@code Authorization} header, for a test's own HTTP client. */
    public static final String AUTHORIZATION = "Bearer " + TOKEN;

    @Bean
    MockMvcBuilderCustomizer operatorRequests() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
                .with(jwt().authorities(new SimpleGrantedAuthority(Scope.authority(Scope.OPS)))));
    }

    @Bean
    RestTestClientBuilderCustomizer operatorToken() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, AUTHORIZATION);
    }

    @Bean
    JwtDecoder operatorTokenDecoder() {
        return token -> {
            if (!TOKEN.equals(token)) throw new BadJwtException("not the test's operator token");
            return Jwt.withTokenValue(token)
                    .header("alg", "none")
                    .subject("test-operator")
                    .issuedAt(Instant.now())
                    .expiresAt(Instant.now().plusSeconds(300))
                    .claim("scope", List.of(Scope.OPS))
                    .build();
        };
    }
}
