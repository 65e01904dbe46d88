package dev.agora.portal.security;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
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
        this.relay = new OAuth2ClientHttpRequestInterceptor(new OneRefreshAtATime(manager));
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
     * it, or the second is refused and the person loses their tokens. So one person's look-ups take turns.
     */
    static final class OneRefreshAtATime implements OAuth2AuthorizedClientManager {

        private final OAuth2AuthorizedClientManager manager;
        private final ReentrantLock[] locks =
                IntStream.range(0, 64).mapToObj(i -> new ReentrantLock()).toArray(ReentrantLock[]::new);

        OneRefreshAtATime(OAuth2AuthorizedClientManager manager) {
            this.manager = manager;
        }

        @Override
        public @Nullable OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest request) {
            var lock = locks[Math.floorMod(request.getPrincipal().getName().hashCode(), locks.length)];
            lock.lock();
            try {
                return manager.authorize(request);
            } finally {
                lock.unlock();
            }
        }
    }
}
