package dev.agora.shop.inventory.reservation;

import static dev.agora.shop.inventory.reservation.ReservationStatus.CONFIRMED;
import static dev.agora.shop.inventory.reservation.ReservationStatus.REJECTED;
import static dev.agora.shop.inventory.reservation.ReservationStatus.RELEASED;
import static dev.agora.shop.inventory.reservation.ReservationStatus.RESERVED;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.api.Reservation;
import dev.agora.shop.contracts.events.StockRejected;
import dev.agora.shop.contracts.events.StockReleased;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.inventory.stock.StockLedger;
import dev.agora.shop.inventory.stock.StockShortageException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reservation per order, whichever way the order came: recorded first (so a repeated or concurrent request
 * for the same order finds it and takes nothing), then its stock taken all at once. Every change of state is
 * guarded by the state it starts from, so each operation may be repeated without a second effect.
 */
@Service
class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final ReservationRepository reservations;
    private final StockLedger stock;
    private final ApplicationEventPublisher events;

    ReservationService(ReservationRepository reservations, StockLedger stock, ApplicationEventPublisher events) {
        this.reservations = reservations;
        this.stock = stock;
        this.events = events;
    }

    /**
     * The synchronous flow's reservation.
     *
     * @throws StockShortageException when a product lacks stock; the whole transaction rolls back, so nothing
     *     is taken nor recorded and the order may ask again
     */
    @Transactional
    ReservationOutcome reserve(UUID orderId, List<OrderLine> requested) {
        var lines = ReservedLines.of(requested);
        if (!reservations.insertIfAbsent(orderId, RESERVED, lines)) {
            return new ReservationOutcome(reservations.find(orderId).orElseThrow(), false);
        }
        stock.take(orderId, lines);
        log.debug("order {} reserved {}", orderId, lines);
        return new ReservationOutcome(new Reservation(orderId, lines, RESERVED.name()), true);
    }

    /** The saga's reservation: answers with stock.reserved, or stock.rejected with nothing taken. */
    @Transactional
    void reserveForSaga(UUID orderId, List<OrderLine> requested) {
        var lines = ReservedLines.of(requested);
        if (!reservations.insertIfAbsent(orderId, RESERVED, lines)) {
            log.debug("order {} already has a reservation; order.created ignored", orderId);
            return;
        }
        try {
            stock.take(orderId, lines);
            events.publishEvent(new StockReserved(orderId, lines));
            log.debug("order {} reserved {}", orderId, lines);
        } catch (StockShortageException shortage) {
            reservations.transition(orderId, RESERVED, REJECTED);
            events.publishEvent(
                    new StockRejected(orderId, shortage.productId(), shortage.requested(), shortage.available()));
            log.debug("order {} rejected: {}", orderId, shortage.getMessage());
        }
    }

    /**
     * The saga's release (order.cancelled, order.expired): gives a reserved order's stock back. A release that
     * comes before the reservation (an order that expired while its order.created waited in the queue) leaves a
     * released reservation without lines, so that the late reservation takes nothing.
     */
    @Transactional
    void releaseForSaga(UUID orderId) {
        if (reservations.insertIfAbsent(orderId, RELEASED, List.of())) {
            log.debug("order {} released before any reservation", orderId);
            return;
        }
        if (reservations.transition(orderId, RESERVED, RELEASED)) {
            giveBack(orderId);
        }
    }

    /**
     * The synchronous flow's release: gives a reserved order's stock back; one released, confirmed or rejected
     * already stays as it is.
     *
     * @return false when the order has no reservation: nothing is written
     */
    @Transactional
    boolean release(UUID orderId) {
        if (reservations.transition(orderId, RESERVED, RELEASED)) {
            giveBack(orderId);
            return true;
        }
        return reservations.exists(orderId);
    }

    /** The stock of a reservation that just became RELEASED goes back to the available stock. */
    private void giveBack(UUID orderId) {
        var lines = reservations.lines(orderId);
        stock.giveBack(orderId, lines);
        events.publishEvent(new StockReleased(orderId, lines));
        log.debug("order {} released {}", orderId, lines);
    }

    /** A paid order keeps its stock for good: it is never released afterwards. */
    @Transactional
    void confirm(UUID orderId) {
        if (!reservations.transition(orderId, RESERVED, CONFIRMED)) {
            log.debug("order {} has no held reservation to confirm", orderId);
            return;
        }
        stock.sell(reservations.lines(orderId));
        log.debug("order {} confirmed", orderId);
    }

    Optional<Reservation> find(UUID orderId) {
        return reservations.find(orderId);
    }

    /** @param created false when the order already had this reservation */
    record ReservationOutcome(Reservation reservation, boolean created) {}
}
