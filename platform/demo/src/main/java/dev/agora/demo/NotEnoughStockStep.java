package dev.agora.demo;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import java.util.Objects;

/** Step: a SYNC order for more than there is in stock, refused with a problem naming inventory. */
record NotEnoughStockStep(DemoStage stage) implements Step {

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        int before = stage.api().stock(stage.poster().id());
        display.info(stage.who(stage.grace()) + " wants 5 × " + stage.poster().label() + ", " + before
                + " in stock: POST /api/orders" + " with mode SYNC");
        OrderDesk.Answer answer;
        try (var waiting = display.waitFor("the order service asks inventory for the stock")) {
            answer = stage.orders().place(stage.grace().id(), stage.poster().id(), 5, OrderMode.SYNC);
        }
        var problem = answer.problem();
        if (answer.status() != 409 || problem == null) {
            throw new UnexpectedOutcome("expected 409 Conflict, got " + answer.describe());
        }
        var dependency = Objects.requireNonNullElse(problem.dependency(), "");
        var detail = Objects.requireNonNullElse(problem.detail(), "");
        display.ok("409 Conflict after " + Format.duration(answer.took()) + ", naming "
                + style.bold(dependency.isEmpty() ? "?" : dependency) + ": " + detail);
        var status = Objects.requireNonNullElse(problem.orderStatus(), OrderStatus.REJECTED);
        var orderId = problem.orderId();
        if (orderId != null) {
            stage.record(orderId, OrderMode.SYNC, stage.grace(), stage.poster(), 5, status, detail, null);
        }
        int after = stage.api().stock(stage.poster().id());
        if (after != before) {
            throw new UnexpectedOutcome(
                    "the stock of " + stage.poster().label() + " changed from " + before + " to " + after);
        }
        display.ok("order " + (orderId == null ? "" : Format.shortId(orderId) + " ") + style.status(status)
                + ": nothing reserved, still " + after + " in stock");
        return "409 from " + dependency + ", order "
                + (problem.orderStatus() == null ? "rejected" : problem.orderStatus()) + ", stock untouched";
    }
}
