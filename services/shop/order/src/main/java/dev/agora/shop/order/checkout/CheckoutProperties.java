package dev.agora.shop.order.checkout;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the synchronous order finds the other services; how long it waits for them is the service calls' setting
 * ({@code agora.service-calls}).
 *
 * @param services base URLs of inventory, pricing and payment
 */
@ConfigurationProperties("agora.shop.order")
record CheckoutProperties(@DefaultValue Services services) {

    record Services(
            @DefaultValue("http://127.0.0.1:8104") URI inventory,
            @DefaultValue("http://127.0.0.1:8103") URI pricing,
            @DefaultValue("http://127.0.0.1:8105") URI payment) {}
}
