package dev.agora.portal.security;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthenticatedPrincipalOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The authorization server as the portal's OpenID Connect provider. Its endpoints are derived from the issuer
 * instead of discovered: {@code ./agora up} starts the portal without waiting for the server, and nothing here
 * calls it before the first sign-in (the keys too are fetched on first use).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SignInConfiguration {

    /** The registration id, part of the redirect URI the authorization server has for the portal. */
    static final String REGISTRATION = "agora";

    @Bean
    ClientRegistrationRepository clientRegistrations(SignInSettings settings) {
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientName("Agora")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "shop", "ops")
                .issuerUri(settings.issuer())
                .authorizationUri(settings.endpoint("/oauth2/authorize"))
                .tokenUri(settings.endpoint("/oauth2/token"))
                .jwkSetUri(settings.endpoint("/oauth2/jwks"))
                .userInfoUri(settings.endpoint("/userinfo"))
                .userNameAttributeName("sub")
                // what discovery would have said: where signing out ends the session at the server too
                .providerConfigurationMetadata(Map.of("end_session_endpoint", settings.endpoint("/connect/logout")))
                .build());
    }

    /** Each person's tokens, by account name: the sign-in stores them, every call to a service reads them. */
    @Bean
    OAuth2AuthorizedClientService authorizedClients(ClientRegistrationRepository registrations) {
        return new InMemoryOAuth2AuthorizedClientService(registrations);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository(OAuth2AuthorizedClientService authorizedClients) {
        return new AuthenticatedPrincipalOAuth2AuthorizedClientRepository(authorizedClients);
    }

    /** The server's access tokens, checked by its key and issuer: a person's {@code user_id}, a script's bearer. */
    @Bean
    JwtDecoder accessTokens(SignInSettings settings) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(settings.endpoint("/oauth2/jwks"))
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer()));
        return decoder;
    }
}
