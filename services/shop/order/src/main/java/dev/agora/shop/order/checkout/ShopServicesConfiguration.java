package dev.agora.shop.order.checkout;

import dev.agora.web.catalog.ServiceUrls;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per service a RestClient on the process's shared HTTP client at the service's address ({@link ServiceUrls}: the
 * catalogue's, or {@code AGORA_SERVICES_<NAME>}), a circuit breaker (configured under
 * {@code resilience4j.circuitbreaker}) and a retry (under {@code resilience4j.retry.configs.checkout}).
 */
@Configuration(proxyBeanMethods = false)
class ShopServicesConfiguration {

    /** The retry configuration every call of the checkout uses. */
    static final String RETRIES = "checkout";

    private static final Predicate<Throwable> BROKE_OFF = DependencyFailedException::brokeOff;

    @Bean
    static RetryConfigCustomizer checkoutRetries() {
        return RetryConfigCustomizer.of(RETRIES, retry -> retry.retryOnException(BROKE_OFF));
    }

    @Bean
    ShopServices shopServices(
            ServiceUrls urls,
            RestClient.Builder http,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries,
            JsonMapper json) {
        return new ShopServices(
                new Dependency(
                        ShopServices.INVENTORY,
                        client(http, urls.require(ShopServices.INVENTORY)),
                        breakers.circuitBreaker(ShopServices.INVENTORY),
                        retries.retry(ShopServices.INVENTORY, RETRIES),
                        json),
                new Dependency(
                        ShopServices.PRICING,
                        client(http, urls.require(ShopServices.PRICING)),
                        breakers.circuitBreaker(ShopServices.PRICING),
                        retries.retry(ShopServices.PRICING, RETRIES),
                        json),
                new Dependency(
                        ShopServices.PAYMENT,
                        client(http, urls.require(ShopServices.PAYMENT)),
                        breakers.circuitBreaker(ShopServices.PAYMENT),
                        retries.retry(ShopServices.PAYMENT, RETRIES),
                        json));
    }

    private static RestClient client(RestClient.Builder http, URI baseUrl) {
        return http.clone().baseUrl(baseUrl.toString()).build();
    }
}
