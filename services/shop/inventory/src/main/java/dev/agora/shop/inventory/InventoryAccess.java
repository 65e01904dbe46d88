package dev.agora.shop.inventory;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the inventory API (docs/security.md): stock levels and availability are public reads; reservations
 * are for the order service's checkout ({@code inventory.reserve}) or an operator; setting and adding stock is left
 * to the default rule, {@code ops}.
 */
@Configuration(proxyBeanMethods = false)
public class InventoryAccess {

    @Bean
    ApiAccess inventoryApiAccess() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/stock", "/api/stock/**")
                .permitAll()
                .requestMatchers("/api/reservations", "/api/reservations/**")
                .access(Scope.anyOf(Scope.INVENTORY_RESERVE, Scope.OPS));
    }
}
