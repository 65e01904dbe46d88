package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.api.ChargeRequest;
import dev.agora.shop.contracts.api.Payment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Charges orders through the payment-provider sandbox and shows their payments. */
@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "Charges of orders, made through the payment-provider SANDBOX (no real money)")
class PaymentController {

    private final PaymentDesk desk;
    private final PaymentRepository payments;

    PaymentController(PaymentDesk desk, PaymentRepository payments) {
        this.desk = desk;
        this.payments = payments;
    }

    @PostMapping
    @Operation(
            summary = "Charge an order's total with the sandbox provider",
            description = "201 with the new payment; 200 with the existing one if the order was paid before (never"
                    + " charged twice); 402 declined by the sandbox; 503 the sandbox provider failed; 409 the order"
                    + " is being charged or was closed")
    ResponseEntity<Payment> charge(@Valid @RequestBody ChargeRequest request) {
        var charged = desk.charge(request);
        if (!charged.created()) return ResponseEntity.ok(charged.payment());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{paymentId}")
                .buildAndExpand(charged.payment().paymentId())
                .toUri();
        return ResponseEntity.created(location).body(charged.payment());
    }

    @GetMapping("/{paymentId}")
    @Operation(summary = "A payment by its id")
    Payment show(@PathVariable UUID paymentId) {
        return payments.findById(paymentId)
                .filter(payment -> payment.status().tookMoney())
                .map(PaymentRow::toPayment)
                .orElseThrow(() -> PaymentProblems.notFound(paymentId));
    }

    @GetMapping
    @Operation(summary = "The payment of an order: an empty list when it has none")
    List<Payment> ofOrder(@RequestParam UUID orderId) {
        return payments.findByOrder(orderId).stream()
                .filter(payment -> payment.status().tookMoney())
                .map(PaymentRow::toPayment)
                .toList();
    }
}
