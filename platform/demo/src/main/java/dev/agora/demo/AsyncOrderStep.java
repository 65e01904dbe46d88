package dev.agora.demo;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import java.time.Duration;
import java.util.Objects;

/** Step: an ASYNC order, answered at once and followed live as its saga runs through RabbitMQ. */
record AsyncOrderStep(DemoStage stage, AsyncOrders async) implements Step {

    static final Duration SAGA = Duration.ofSeconds(60);

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        display.info(
                stage.who(stage.grace()) + " buys 1 × " + stage.lamp().label() + ": POST /api/orders with mode ASYNC");
        var followed = async.placeAndFollow(
                stage.grace(), stage.lamp(), 1, SAGA, "the saga runs: inventory, pricing, payment");
        var last = AsyncOrders.requireFinal(followed, OrderStatus.CONFIRMED, SAGA);
        var answer = followed.answer();
        var order = stage.orders().order(answer.placed().orderId());
        var total = Objects.requireNonNull(order.total());
        var currency = Objects.requireNonNull(order.currency());
        var after = Duration.between(followed.createdAt(), last.at());
        stage.record(order.orderId(), OrderMode.ASYNC, stage.grace(), stage.lamp(), 1, last.status(), null, total);
        display.ok(style.status(OrderStatus.CONFIRMED) + " " + Format.duration(after) + " after it was placed, total "
                + style.bold(Format.money(total, currency)));
        display.info(style.dim("The client had its answer after " + Format.duration(answer.took())
                + "; the services did the rest by events, each in its own transaction."));
        return "CONFIRMED " + Format.duration(after) + " after it was placed, " + Format.money(total, currency);
    }
}
