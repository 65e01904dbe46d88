package dev.agora.shop.pricing.price;

import dev.agora.shop.contracts.events.PriceChanged;
import dev.agora.shop.pricing.PricingProperties;
import dev.agora.shop.pricing.copies.Copies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The products' unit prices, all in the shop's currency. */
@Service
public class Prices {

    private final PriceRepository repository;
    private final Copies copies;
    private final ApplicationEventPublisher events;
    private final PricingProperties properties;

    Prices(PriceRepository repository, Copies copies, ApplicationEventPublisher events, PricingProperties properties) {
        this.repository = repository;
        this.copies = copies;
        this.events = events;
        this.properties = properties;
    }

    /**
     * Sets a price; a new or different one is announced with {@link PriceChanged} (outbox).
     *
     * @throws UnknownProductException when product.created of the product has not reached pricing: nothing is set
     */
    @Transactional
    ProductPrice set(UUID productId, BigDecimal unitPrice) {
        if (!copies.knowsProduct(productId)) {
            throw new UnknownProductException(productId);
        }
        var cents = unitPrice.setScale(2, RoundingMode.HALF_EVEN);
        if (repository.save(productId, cents, properties.currency())) {
            events.publishEvent(new PriceChanged(productId, cents, properties.currency()));
        }
        return repository.find(productId).orElseThrow();
    }

    Optional<ProductPrice> find(UUID productId) {
        return repository.find(productId);
    }

    List<ProductPrice> all() {
        return repository.all();
    }

    /** The unit prices of those products that have one in the shop's currency. */
    public Map<UUID, BigDecimal> unitPricesOf(Collection<UUID> productIds) {
        return productIds.isEmpty() ? Map.of() : repository.unitPrices(productIds, properties.currency());
    }
}
