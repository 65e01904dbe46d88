package dev.agora.portal;

import dev.agora.portal.security.TokenRelay;
import dev.agora.web.catalog.ServiceUrls;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * RestClients for the services, by name. Ordinary calls give up after a few seconds so that one slow service
 * does not hang a page; streams (an order's live status) get their own long read timeout. Every call made for a
 * signed-in person carries their access token ({@link TokenRelay}).
 */
@Component
public class ServiceClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final ServiceUrls services;
    private final RestClient.Builder builder;
    private final HttpClient http;
    private final TokenRelay tokens;
    private final Map<String, RestClient> calls = new ConcurrentHashMap<>();
    private final Map<String, RestClient> streams = new ConcurrentHashMap<>();

    ServiceClients(ServiceUrls services, RestClient.Builder builder, TokenRelay tokens) {
        this.services = services;
        this.builder = builder;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** Made once per service and kept: pages call services on every request. */
    public RestClient of(String service) {
        return calls.computeIfAbsent(service, name -> client(name, READ_TIMEOUT));
    }

    public RestClient streaming(String service) {
        return streams.computeIfAbsent(service, name -> client(name, STREAM_TIMEOUT));
    }

    private RestClient client(String service, Duration readTimeout) {
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        return builder.clone()
                .baseUrl(services.require(service).toString())
                .requestFactory(factory)
                .requestInterceptor(tokens)
                .build();
    }
}
