package dev.agora.shop.order.checkout;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** One RestClient and one circuit breaker (configured under {@code resilience4j.circuitbreaker}) per service. */
@Configuration(proxyBeanMethods = false)
class ShopServicesConfiguration {

    @Bean
    ShopServices shopServices(CheckoutProperties properties, CircuitBreakerRegistry breakers, JsonMapper json) {
        var urls = properties.services();
        var http = properties.http();
        return new ShopServices(
                new Dependency(
                        ShopServices.INVENTORY,
                        urls.inventory(),
                        http,
                        breakers.circuitBreaker(ShopServices.INVENTORY),
                        json),
                new Dependency(
                        ShopServices.PRICING,
                        urls.pricing(),
                        http,
                        breakers.circuitBreaker(ShopServices.PRICING),
                        json),
                new Dependency(
                        ShopServices.PAYMENT,
                        urls.payment(),
                        http,
                        breakers.circuitBreaker(ShopServices.PAYMENT),
                        json));
    }
}
