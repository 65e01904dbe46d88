package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.contracts.api.RefundRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Gives an order's money back when placing it failed after the charge. */
@RestController
@RequestMapping("/api/refunds")
@Tag(name = "Refunds", description = "Payments given back through the payment-provider SANDBOX")
class RefundController {

    private final RefundDesk desk;

    RefundController(RefundDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(
            summary = "Refund an order's payment; the order is never charged again",
            description = "200 with the payment, REFUNDED (also when asked again); 204 when the order took no"
                    + " money (a charge still under way is refunded as soon as it lands); 503 when the provider"
                    + " did not confirm the refund, which is then asked for again in the background")
    ResponseEntity<Payment> refund(@Valid @RequestBody RefundRequest request) {
        return desk.refund(request.orderId())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
