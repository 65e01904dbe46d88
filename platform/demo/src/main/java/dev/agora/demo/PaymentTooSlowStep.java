package dev.agora.demo;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.testing.ShopApi.Sandbox;
import java.time.Duration;

/** Step: paying takes longer than the order service waits; the order expires and its charge is refunded. */
record PaymentTooSlowStep(DemoStage stage, AsyncOrders async) implements Step {

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        var settings = stage.settings();
        int before = stage.api().stock(stage.book().id());
        var followed = async.underSandbox(new Sandbox(settings.slowPayment(), 0), () -> {
            display.info(stage.who(stage.grace()) + " buys 1 × " + stage.book().label() + " (ASYNC); " + before
                    + " in stock");
            display.info(style.dim("Paying now takes longer than the order service waits for a payment (its payment"
                    + " timeout: PT20S under ./agora up), so the order should expire."));
            return async.placeAndFollow(
                    stage.grace(),
                    stage.book(),
                    1,
                    settings.expiryWait(),
                    "waiting for EXPIRED, at most " + Format.duration(settings.expiryWait()));
        });
        var outcome = followed.outcome();
        var last = outcome.last();
        if (!outcome.ended() || last == null) {
            throw new UnexpectedOutcome("still " + (last == null ? "unknown" : last.status()) + " after "
                    + Format.duration(settings.expiryWait()) + ": the order service's payment timeout is longer"
                    + " (./agora up sets AGORA_SHOP_ORDER_PAYMENT_TIMEOUT=PT20S)");
        }
        if (last.status() != OrderStatus.EXPIRED) {
            throw new UnexpectedOutcome(last.status() + " instead of EXPIRED"
                    + (last.status() == OrderStatus.CONFIRMED
                            ? ": the order service waited longer than the provider's "
                                    + Format.setting(settings.slowPayment())
                                    + " (try --slow-payment with more than its payment timeout)"
                            : ": " + AsyncOrders.reasonOf(last)));
        }
        var after = Duration.between(followed.createdAt(), last.at());
        var order = followed.answer().placed();
        stage.record(
                order.orderId(),
                OrderMode.ASYNC,
                stage.grace(),
                stage.book(),
                1,
                last.status(),
                last.reason(),
                order.total());
        display.ok(style.status(OrderStatus.EXPIRED) + " " + Format.duration(after) + " after it was placed: "
                + AsyncOrders.reasonOf(last));
        async.awaitStock(stage.book(), before, "inventory releases the stock (order.expired → stock.released)");
        display.info(style.dim("The provider's charge still finishes after " + Format.setting(settings.slowPayment())
                + "; payment hears the order expired and refunds it."));
        return "EXPIRED after " + Format.duration(after) + " (" + AsyncOrders.reasonOf(last) + "), stock released";
    }
}
