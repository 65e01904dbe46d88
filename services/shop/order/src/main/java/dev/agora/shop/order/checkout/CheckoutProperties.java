package dev.agora.shop.order.checkout;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the synchronous order finds the other services and how long it waits for them.
 *
 * @param services base URLs of inventory, pricing and payment
 * @param http timeouts of every call
 */
@ConfigurationProperties("agora.shop.order")
record CheckoutProperties(
        @DefaultValue Services services, @DefaultValue Http http) {

    record Services(
            @DefaultValue("http://127.0.0.1:8104") URI inventory,
            @DefaultValue("http://127.0.0.1:8103") URI pricing,
            @DefaultValue("http://127.0.0.1:8105") URI payment) {}

    /**
     * @param connectTimeout how long to wait for a connection: past it the service counts as down (503)
     * @param readTimeout how long to wait for an answer: past it the call counts as too slow (504)
     */
    record Http(
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout) {}
}
