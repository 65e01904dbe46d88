package dev.agora.demo;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import java.util.Objects;

/** Step: a SYNC order, answered once inventory, pricing and payment have all answered the order service. */
record SyncOrderStep(DemoStage stage) implements Step {

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        display.info(
                stage.who(stage.ada()) + " buys 2 × " + stage.book().label() + ": POST /api/orders with mode SYNC");
        OrderDesk.Answer answer;
        try (var waiting = display.waitFor("the order service reserves, prices and charges, then answers")) {
            answer = stage.orders().place(stage.ada().id(), stage.book().id(), 2, OrderMode.SYNC);
        }
        var order = answer.order();
        if (answer.status() != 201 || order == null || order.status() != OrderStatus.CONFIRMED) {
            throw new UnexpectedOutcome("expected 201 CONFIRMED, got " + answer.describe());
        }
        var total = Objects.requireNonNull(order.total());
        var currency = Objects.requireNonNull(order.currency());
        stage.record(order.orderId(), OrderMode.SYNC, stage.ada(), stage.book(), 2, order.status(), null, total);
        display.ok("201 Created after " + Format.duration(answer.took()) + ": " + style.status(order.status())
                + ", total " + style.bold(Format.money(total, currency)) + " ("
                + Format.amount(Objects.requireNonNull(order.subtotal())) + " + "
                + Format.amount(Objects.requireNonNull(order.tax())) + " tax)"
                + style.dim(" · order " + order.orderId()));
        display.info(style.dim("One HTTP request did it all: as slow as inventory, pricing and payment together."));
        return "CONFIRMED, " + Format.money(total, currency) + ", answered in " + Format.duration(answer.took());
    }
}
