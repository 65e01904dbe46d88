package dev.agora.shop.inventory.stock;

import dev.agora.shop.contracts.events.InventoryUpdated;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products' stock as the shop's staff sees it: counted, restocked, looked up. */
@Service
class StockService {

    private static final Logger log = LoggerFactory.getLogger(StockService.class);

    private final StockRepository stock;
    private final ApplicationEventPublisher events;

    StockService(StockRepository stock, ApplicationEventPublisher events) {
        this.stock = stock;
        this.events = events;
    }

    /** A new product starts with no stock; a repeated announcement changes nothing. */
    @Transactional
    void register(UUID productId) {
        if (stock.createEmpty(productId)) {
            log.info("stock of new product {} starts at 0", productId);
        }
    }

    /** Replaces the available stock; the message carries the difference, so nothing is published without one. */
    @Transactional
    StockLevel set(UUID productId, int available) {
        int before = stock.lockAvailable(productId).orElseThrow(() -> new UnknownProductException(productId));
        var after = stock.replaceAvailable(productId, available);
        if (available != before) {
            events.publishEvent(InventoryUpdated.of(productId, available - before, available, null));
        }
        return after;
    }

    @Transactional
    StockLevel add(UUID productId, int quantity) {
        var after = stock.addAvailable(productId, quantity).orElseThrow(() -> new UnknownProductException(productId));
        events.publishEvent(InventoryUpdated.of(productId, quantity, after.available(), null));
        return after;
    }

    StockLevel level(UUID productId) {
        return stock.find(productId).orElseThrow(() -> new UnknownProductException(productId));
    }

    StockPage page(int page, int size) {
        return new StockPage(stock.page(page, size), page, size, stock.count());
    }
}
