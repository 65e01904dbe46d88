package dev.agora.portal.security;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * Every call to a service made for a signed-in person carries that person's access token, refreshed when it is
 * about to expire; a call for a visitor carries none. The tokens are read by account name, not from the session,
 * so a page's worker threads (an order's status stream) relay them too once they have the page's security context.
 */
@Component
public class TokenRelay implements ClientHttpRequestInterceptor {

    private final OAuth2ClientHttpRequestInterceptor relay;

    TokenRelay(ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorizedClients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(
                OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
        this.relay = new OAuth2ClientHttpRequestInterceptor(new OneRefreshAtATime(manager, authorizedClients));
        relay.setClientRegistrationIdResolver(
                request -> signedInThroughTheServer() ? SignInConfiguration.REGISTRATION : null);
        // a token the server refuses (revoked, the account disabled) is dropped rather than sent again
        relay.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        return relay.intercept(request, body, execution);
    }

    private static boolean signedInThroughTheServer() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken;
    }

    /**
     * A refresh token works once: two calls of one page that found the access token expiring must not both refresh
     * it, or the second is refused and the person loses their tokens. So one person's look-ups take turns. A person
     * whose tokens are gone or can no longer be refreshed (the account disabled, the refresh token expired) is sent to
     * sign in again, which {@code oauth2Login} does for a {@link ClientAuthorizationRequiredException}, instead of
     * calling on without a token.
     */
    static final class OneRefreshAtATime implements OAuth2AuthorizedClientManager {

        private final OAuth2AuthorizedClientManager manager;
        private final OAuth2AuthorizedClientService authorizedClients;
        private final ReentrantLock[] locks =
                IntStream.range(0, 64).mapToObj(i -> new ReentrantLock()).toArray(ReentrantLock[]::new);

        OneRefreshAtATime(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService authorizedClients) {
            this.manager = manager;
            this.authorizedClients = authorizedClients;
        }

        @Override
        public OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest request) {
            var name = request.getPrincipal().getName();
            var lock = locks[Math.floorMod(name.hashCode(), locks.length)];
            lock.lock();
            try {
                var authorized = manager.authorize(request);
                if (authorized == null) throw signInAgain();
                return authorized;
            } catch (ClientAuthorizationRequiredException again) {
                throw again;
            } catch (OAuth2AuthorizationException refused) {
                authorizedClients.removeAuthorizedClient(request.getClientRegistrationId(), name);
                throw signInAgain();
            } finally {
                lock.unlock();
            }
        }

        private static ClientAuthorizationRequiredException signInAgain() {
            return new ClientAuthorizationRequiredException(SignInConfiguration.REGISTRATION);
        }
    }
}
