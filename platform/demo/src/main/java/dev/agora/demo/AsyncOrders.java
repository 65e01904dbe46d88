package dev.agora.demo;

import dev.agora.demo.DemoData.Product;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import dev.agora.shop.testing.ShopApi.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What the ASYNC steps share: placing an order, following it live, the sandbox it runs under, the stock after. */
final class AsyncOrders {

    private static final Duration STOCK_RELEASE = Duration.ofSeconds(30);

    /** An order placed and followed to its end (or as far as it went). */
    record Followed(OrderDesk.Answer answer, OrderFollower.Outcome outcome) {

        /** When it was placed: as the order service answered, else its first status. */
        Instant createdAt() {
            var order = answer.order();
            if (order != null) return order.createdAt();
            return outcome.updates().isEmpty()
                    ? Instant.now()
                    : outcome.updates().getFirst().at();
        }
    }

    private final DemoStage stage;
    private final Display display;
    private final Style style;

    AsyncOrders(DemoStage stage) {
        this.stage = stage;
        this.display = stage.display();
        this.style = stage.style();
    }

    /** Places the order and follows it live, a line per status with the time since it was placed. */
    Followed placeAndFollow(User user, Product product, int quantity, Duration atMost, String waitingFor) {
        var answer = stage.orders().place(user.id(), product.id(), quantity, OrderMode.ASYNC);
        if (answer.status() != 202 || answer.order() == null) {
            throw new UnexpectedOutcome("expected 202 Accepted, got " + answer.describe());
        }
        var order = answer.placed();
        display.info("→ 202 Accepted after " + Format.duration(answer.took()) + ": " + style.status(order.status())
                + style.dim(" · order " + order.orderId()));
        display.info(style.dim("following GET /api/orders/" + order.orderId() + "/events (Server-Sent Events)"));
        var origin = new AtomicReference<@Nullable Instant>(order.createdAt());
        OrderFollower.Outcome outcome;
        try (var waiting = display.waitFor(waitingFor)) {
            outcome = stage.follower().follow(order.orderId(), atMost, update -> {
                origin.compareAndSet(null, update.at());
                var since = Duration.between(Objects.requireNonNull(origin.get()), update.at());
                display.info("  " + Format.pad(style.dim(Format.offset(since)), 11)
                        + Format.pad(style.status(update.status()), 16) + explain(update));
            });
        }
        if (!outcome.streamed()) {
            display.info(style.dim("(the status stream did not tell it all: the rest came from polling"
                    + " GET /api/orders/" + order.orderId() + ")"));
        }
        return new Followed(answer, outcome);
    }

    /** What made the order move, in the words of the saga. */
    static String explain(StatusChange update) {
        return switch (update.status()) {
            case PENDING -> "accepted; order.created published";
            case STOCK_RESERVED -> "inventory reserved the stock (stock.reserved)";
            case PRICED -> "pricing priced it (order.priced)";
            case CONFIRMED -> "payment charged it (payment.created)";
            case CANCELLED -> "cancelled: " + reasonOf(update);
            case EXPIRED -> "expired: " + reasonOf(update);
            case REJECTED -> "rejected: " + reasonOf(update);
        };
    }

    static String reasonOf(StatusChange update) {
        return update.reason() == null ? "no reason given" : update.reason();
    }

    /** The last status, when it is the one expected; else the step did not go as expected. */
    static StatusChange requireFinal(Followed followed, OrderStatus expected, Duration waited) {
        var outcome = followed.outcome();
        var last = outcome.last();
        if (!outcome.ended() || last == null) {
            throw new UnexpectedOutcome("no final status after " + Format.duration(waited) + ", last "
                    + (last == null ? "none" : last.status()));
        }
        if (last.status() != expected) {
            throw new UnexpectedOutcome(
                    last.status() + " instead of " + expected + (last.reason() == null ? "" : ": " + last.reason()));
        }
        return last;
    }

    /** Runs an order while the payment sandbox has these settings, and puts the prompt provider back after. */
    Followed underSandbox(Sandbox settings, Supplier<Followed> order) {
        display.info("Payment sandbox from now on: " + style.bold(Format.sandbox(settings))
                + style.dim(" (PUT /api/sandbox/settings on payment)"));
        stage.sandbox().use(settings);
        try {
            return order.get();
        } finally {
            stage.sandbox().use(Sandbox.PROMPT);
            display.info("Payment sandbox back to " + Format.sandbox(Sandbox.PROMPT));
        }
    }

    void awaitStock(Product product, int expected, String waitingFor) {
        long deadline = System.nanoTime() + STOCK_RELEASE.toNanos();
        int stock;
        try (var waiting = display.waitFor(waitingFor)) {
            while ((stock = stage.api().stock(product.id())) != expected && System.nanoTime() < deadline) {
                Patience.pause();
            }
        }
        if (stock != expected) {
            throw new UnexpectedOutcome("the stock of " + product.label() + " is " + stock + " after "
                    + Format.duration(STOCK_RELEASE) + ", not back to " + expected);
        }
        display.ok("stock of " + product.label() + " back to " + stock);
    }
}
