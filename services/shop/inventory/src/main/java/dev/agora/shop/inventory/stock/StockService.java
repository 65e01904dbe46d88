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

    /**
     * Replaces the available stock; the message carries the difference, so nothing is published without one.
     *
     * @throws StockLimitException when the reserved units and these would pass {@link StockLevel#MAX_UNITS}
     */
    @Transactional
    StockLevel set(UUID productId, int available) {
        var before = locked(productId);
        var wouldHold = before.unitsWith(available - (long) before.available());
        if (wouldHold > StockLevel.MAX_UNITS) throw new StockLimitException(before, "available", wouldHold);
        var after = stock.replaceAvailable(productId, available);
        if (available != before.available()) {
            events.publishEvent(InventoryUpdated.of(productId, available - before.available(), available, null));
        }
        return after;
    }

    /** @throws StockLimitException when the stock would pass {@link StockLevel#MAX_UNITS} */
    @Transactional
    StockLevel add(UUID productId, int quantity) {
        var before = locked(productId);
        var wouldHold = before.unitsWith(quantity);
        if (wouldHold > StockLevel.MAX_UNITS) throw new StockLimitException(before, "quantity", wouldHold);
        var after = stock.addAvailable(productId, quantity);
        events.publishEvent(InventoryUpdated.of(productId, quantity, after.available(), null));
        return after;
    }

    /** The stock, locked until the transaction ends so that a change can be checked against it first. */
    private StockLevel locked(UUID productId) {
        return stock.lock(productId).orElseThrow(() -> new UnknownProductException(productId));
    }

    StockLevel level(UUID productId) {
        return stock.find(productId).orElseThrow(() -> new UnknownProductException(productId));
    }

    StockPage page(int page, int size) {
        return new StockPage(stock.page(page, size), page, size, stock.count());
    }
}
