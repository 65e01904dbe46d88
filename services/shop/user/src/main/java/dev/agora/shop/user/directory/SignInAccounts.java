package dev.agora.shop.user.directory;

import dev.agora.web.client.ServiceTokenProperties;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Users' sign-in accounts at the authorization server ({@code POST /api/accounts}, docs/security.md), called with
 * the user service's own client-credentials token (scope {@code accounts.write}, from {@code
 * agora.service-calls.token}). The account is keyed by the user's id, so the same call again replaces it.
 */
@Component
class SignInAccounts {

    private final RestClient auth;

    SignInAccounts(RestClient.Builder http, ServiceTokenProperties token) {
        this.auth = http.baseUrl(token.issuer()).build();
    }

    /**
     * Makes or replaces the user's account, the e-mail as its username.
     *
     * @throws SignInNameTakenException when another account has the username
     * @throws SignInUnavailableException when the server cannot be reached, gives no token or refuses otherwise
     */
    void save(String email, SignInPassword password, UUID userId) {
        try {
            auth.post()
                    .uri("/api/accounts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", email, "password", password.value(), "userId", userId))
                    .retrieve()
                    .onStatus(status -> status.value() == HttpStatus.CONFLICT.value(), (request, response) -> {
                        throw new SignInNameTakenException(email);
                    })
                    .toBodilessEntity();
        } catch (RestClientException | OAuth2AuthorizationException failed) {
            throw new SignInUnavailableException(failed);
        }
    }
}
