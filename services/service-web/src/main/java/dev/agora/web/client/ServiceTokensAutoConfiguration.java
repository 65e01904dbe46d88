package dev.agora.web.client;

import java.util.List;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Every call a service makes to another carries a client-credentials token of the service's own client, with the
 * scopes it lists under {@code agora.service-calls.token.scopes}: asked for on the first call, renewed shortly before
 * it expires, and dropped when a called service answers 401 or 403, so that the next call gets a new one. A service
 * that calls others with tokens has {@code spring-security-oauth2-client} besides the shared client's libraries; one
 * that lists no scopes makes its calls without.
 */
@AutoConfiguration(after = ServiceCallsAutoConfiguration.class)
@ConditionalOnClass({OAuth2ClientHttpRequestInterceptor.class, RestClientCustomizer.class, CloseableHttpClient.class})
@EnableConfigurationProperties(ServiceTokenProperties.class)
public class ServiceTokensAutoConfiguration {

    private static final String REGISTRATION = "agora";

    private static final Logger log = LoggerFactory.getLogger(ServiceTokensAutoConfiguration.class);

    @Bean
    RestClientCustomizer serviceTokens(ServiceTokenProperties token, CloseableHttpClient serviceHttpClient) {
        if (token.scopes().isEmpty()) {
            return builder -> {};
        }
        if (token.clientId().isBlank() || token.clientSecret().isBlank()) {
            log.warn(
                    "No client for the calls to other services (AGORA_CLIENT_ID and AGORA_CLIENT_SECRET; ./agora up"
                            + " sets both): they go without a token, and services that need {} refuse them",
                    token.scopes());
            return builder -> {};
        }
        var registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(token.clientId())
                .clientSecret(token.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(token.issuer() + "/oauth2/token")
                .scope(token.scopes())
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenEndpoint(serviceHttpClient)))
                .build());
        // the service itself, not the person whose request it serves: one token for all its calls
        var service = UsernamePasswordAuthenticationToken.authenticated(token.clientId(), null, List.of());
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        interceptor.setPrincipalResolver(request -> service);
        interceptor.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorized));
        return builder -> builder.requestInterceptor(interceptor);
    }

    /**
     * Token requests go through the shared client too, with its timeouts: an authorization server that accepts the
     * connection and then stalls fails the call in time instead of holding the caller (and its transaction).
     */
    private static RestClientClientCredentialsTokenResponseClient tokenEndpoint(CloseableHttpClient http) {
        var tokens = new RestClientClientCredentialsTokenResponseClient();
        tokens.setRestClient(RestClient.builder()
                .requestFactory(new ServiceCallsAutoConfiguration.SharedClientRequestFactory(http))
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return tokens;
    }
}
