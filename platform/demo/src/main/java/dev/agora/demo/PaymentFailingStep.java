package dev.agora.demo;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.testing.ShopApi.Sandbox;
import java.time.Duration;

/** Step: the payment provider fails every charge; the order is cancelled and its stock released. */
record PaymentFailingStep(DemoStage stage, AsyncOrders async) implements Step {

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        int before = stage.api().stock(stage.lamp().id());
        var followed = async.underSandbox(new Sandbox(Duration.ZERO, 1.0), () -> {
            display.info(
                    stage.who(stage.ada()) + " buys 1 × " + stage.lamp().label() + " (ASYNC); " + before + " in stock");
            return async.placeAndFollow(
                    stage.ada(), stage.lamp(), 1, AsyncOrderStep.SAGA, "the saga runs into the failing provider");
        });
        var last = AsyncOrders.requireFinal(followed, OrderStatus.CANCELLED, AsyncOrderStep.SAGA);
        var order = followed.answer().placed();
        stage.record(
                order.orderId(),
                OrderMode.ASYNC,
                stage.ada(),
                stage.lamp(),
                1,
                last.status(),
                last.reason(),
                order.total());
        display.ok(style.status(OrderStatus.CANCELLED) + ": " + AsyncOrders.reasonOf(last));
        async.awaitStock(stage.lamp(), before, "inventory releases the stock (order.cancelled → stock.released)");
        return "CANCELLED as the provider failed, stock released";
    }
}
