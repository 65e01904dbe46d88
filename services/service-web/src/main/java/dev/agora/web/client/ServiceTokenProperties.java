package dev.agora.web.client;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own client at the authorization server, for its calls to other services: {@code agora-infrastructure.yml}
 * sets the issuer, id and secret from {@code AGORA_AUTH_URL}, {@code AGORA_CLIENT_ID} and {@code AGORA_CLIENT_SECRET};
 * the service lists the scopes its calls need, and asks for those only.
 *
 * @param issuer the authorization server, whose {@code /oauth2/token} gives the tokens
 * @param scopes what the service's calls need; none: the calls carry no token
 */
@ConfigurationProperties("agora.service-calls.token")
public record ServiceTokenProperties(
        @DefaultValue("http://127.0.0.1:8070") String issuer,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue List<String> scopes) {}
