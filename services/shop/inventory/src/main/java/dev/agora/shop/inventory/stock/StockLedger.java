package dev.agora.shop.inventory.stock;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.events.InventoryUpdated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock side of reservations: takes an order's lines out of the available stock all at once or not at all,
 * gives them back, or lets them go as sold. Rows are always locked in product id order, so that two orders
 * sharing products never wait on each other in a circle. Each change of available stock publishes the seed's
 * {@code inventoryUpdated} message through the outbox, in the caller's transaction.
 */
@Component
public class StockLedger {

    private static final Comparator<OrderLine> BY_PRODUCT = Comparator.comparing(OrderLine::productId);

    private final StockRepository stock;
    private final ApplicationEventPublisher events;

    StockLedger(StockRepository stock, ApplicationEventPublisher events) {
        this.stock = stock;
        this.events = events;
    }

    /**
     * Runs in a savepoint of the caller's transaction: when a line lacks stock the lines already taken are
     * rolled back to it and the caller's transaction can go on (to record a rejection, say).
     *
     * @param lines one line per product, quantities above zero
     * @throws StockShortageException for the first product, in product id order, lacking stock
     */
    @Transactional(propagation = Propagation.NESTED)
    public void take(UUID orderId, List<OrderLine> lines) {
        var changes = new ArrayList<InventoryUpdated>();
        for (var line : inLockOrder(lines)) {
            var product = line.productId();
            int available = stock.reserve(product, line.quantity())
                    .orElseThrow(() -> new StockShortageException(product, line.quantity(), availableNow(product)));
            changes.add(InventoryUpdated.of(product, -line.quantity(), available, orderId));
        }
        changes.forEach(events::publishEvent);
    }

    /** Makes the reserved lines of an order available again; part of the caller's change of the reservation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(UUID orderId, List<OrderLine> lines) {
        for (var line : inLockOrder(lines)) {
            int available = stock.unreserve(line.productId(), line.quantity())
                    .orElseThrow(
                            () -> new IllegalStateException("no stock row for reserved product " + line.productId()));
            events.publishEvent(InventoryUpdated.of(line.productId(), line.quantity(), available, orderId));
        }
    }

    /** The reserved lines of a paid order are sold: they stop counting as reserved; available is unchanged. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sell(List<OrderLine> lines) {
        for (var line : inLockOrder(lines)) {
            stock.removeReserved(line.productId(), line.quantity());
        }
    }

    private int availableNow(UUID productId) {
        return stock.find(productId).map(StockLevel::available).orElse(0);
    }

    private static List<OrderLine> inLockOrder(List<OrderLine> lines) {
        return lines.stream().sorted(BY_PRODUCT).toList();
    }
}
