package dev.agora.shop.inventory.reservation;

import dev.agora.shop.contracts.api.Reservation;
import dev.agora.shop.contracts.api.ReservationRequest;
import dev.agora.shop.inventory.stock.StockShortageException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reservations", description = "Stock held for an order, all lines or none")
@RestController
@RequestMapping("/api/reservations")
class ReservationController {

    private final ReservationService reservations;

    ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Operation(
            summary = "Reserves every line of an order, or none",
            description = "201 with the new reservation; 200 with the existing one when the order already has one;"
                    + " 409 naming the first product lacking stock")
    @PostMapping
    ResponseEntity<Reservation> reserve(@Valid @RequestBody ReservationRequest request) {
        var outcome = reservations.reserve(request.orderId(), request.lines());
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.reservation());
        }
        return ResponseEntity.created(URI.create("/api/reservations/" + request.orderId()))
                .body(outcome.reservation());
    }

    @Operation(
            summary = "Releases an order's reservation",
            description = "204; releasing twice does nothing more; 404 for an order without a reservation")
    @DeleteMapping("/{orderId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable UUID orderId) {
        if (!reservations.release(orderId)) throw unknownOrder(orderId);
    }

    @Operation(summary = "An order's reservation")
    @GetMapping("/{orderId}")
    Reservation one(@PathVariable UUID orderId) {
        return reservations.find(orderId).orElseThrow(() -> unknownOrder(orderId));
    }

    @ExceptionHandler(StockShortageException.class)
    ErrorResponse insufficientStock(StockShortageException shortage) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, shortage.getMessage());
        problem.setTitle("Insufficient stock");
        problem.setProperty("productId", shortage.productId());
        problem.setProperty("requested", shortage.requested());
        problem.setProperty("available", shortage.available());
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, shortage);
    }

    private static ErrorResponseException unknownOrder(UUID orderId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No reservation for order " + orderId);
        problem.setTitle("Unknown reservation");
        problem.setProperty("orderId", orderId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
