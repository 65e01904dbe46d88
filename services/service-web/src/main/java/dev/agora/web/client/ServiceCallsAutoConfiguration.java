package dev.agora.web.client;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * One HTTP client per service process for all its calls to other services: every auto-configured
 * {@code RestClient.Builder} (and {@code RestTemplateBuilder}) is built on it, so connections are pooled, kept
 * healthy and closed on shutdown in one place. A service that calls others has {@code
 * spring-boot-starter-restclient} and {@code httpclient5}; one that calls none has neither, and no client.
 */
@AutoConfiguration(before = ImperativeHttpClientAutoConfiguration.class)
@ConditionalOnClass({CloseableHttpClient.class, ClientHttpRequestFactoryBuilder.class})
@EnableConfigurationProperties(ServiceCallProperties.class)
public class ServiceCallsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloseableHttpClient serviceHttpClient(ServiceCallProperties settings) {
        return ServiceHttpClient.create(settings);
    }

    /**
     * Each builder gets a request factory of its own on the shared client. Of Boot's per-builder settings only
     * the read timeout applies (for a long stream, say); connections, their timeouts and redirects are the
     * shared client's.
     */
    @Bean
    @ConditionalOnMissingBean
    ClientHttpRequestFactoryBuilder<HttpComponentsClientHttpRequestFactory> serviceRequestFactoryBuilder(
            CloseableHttpClient serviceHttpClient) {
        return settings -> {
            var requests = new SharedClientRequestFactory(serviceHttpClient);
            if (settings.readTimeout() != null) requests.setReadTimeout(settings.readTimeout());
            return requests;
        };
    }

    /** Leaves the shared client open when it is discarded: the client's own bean closes it, last. */
    static final class SharedClientRequestFactory extends HttpComponentsClientHttpRequestFactory {

        SharedClientRequestFactory(HttpClient client) {
            super(client);
        }

        @Override
        public void destroy() {}
    }
}
