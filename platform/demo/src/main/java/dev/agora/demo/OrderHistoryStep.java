package dev.agora.demo;

import dev.agora.demo.DemoData.Order;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.contracts.api.HistoryOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Step: each user's orders from the query service's read model, each as the order service ended it. */
record OrderHistoryStep(DemoStage stage) implements Step {

    private static final Duration READ_MODEL = Duration.ofSeconds(30);

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        display.info("GET /api/users/{id}/orders on query: a read model fed by events only, no other service asked");
        var placed = stage.placed();
        var expected = placed.stream().filter(Order::inHistory).toList();
        Map<User, List<HistoryOrder>> histories = new LinkedHashMap<>();
        long deadline = System.nanoTime() + READ_MODEL.toNanos();
        try (var waiting = display.waitFor("the read model catches up with the last events")) {
            while (true) {
                histories.clear();
                for (var user : stage.users()) {
                    histories.put(user, stage.orders().history(user.id()));
                }
                if (missing(expected, histories).isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                Patience.pause();
            }
        }
        for (var entry : histories.entrySet()) {
            display.info(style.bold(entry.getKey().name()) + ": "
                    + Format.count(entry.getValue().size(), "order", "orders") + ", newest first");
            for (var order : entry.getValue()) {
                display.info("  " + historyLine(order));
            }
        }
        if (placed.stream().anyMatch(order -> !order.inHistory())) {
            display.info(style.dim("The REJECTED order is not there: rejected on the spot, it left no events behind."));
        }
        var missing = missing(expected, histories);
        if (!missing.isEmpty()) {
            throw new UnexpectedOutcome("after " + Format.duration(READ_MODEL) + " the read model still lacks "
                    + String.join(", ", missing));
        }
        return expected.size() + " orders in the read model, each as the order service ended it";
    }

    /** The demo's orders the histories do not show with their final status, as {@code 1a2b3c4d EXPIRED}. */
    private static List<String> missing(List<Order> expected, Map<User, List<HistoryOrder>> histories) {
        var missing = new ArrayList<String>();
        for (var order : expected) {
            var shown = histories.getOrDefault(order.user(), List.of()).stream()
                    .anyMatch(entry -> entry.orderId().equals(order.id()) && entry.status() == order.status());
            if (!shown) {
                missing.add(Format.shortId(order.id()) + " " + order.status());
            }
        }
        return missing;
    }

    private String historyLine(HistoryOrder order) {
        var style = stage.style();
        var lines = new ArrayList<String>();
        for (var line : order.lines()) {
            var name = line.productName();
            lines.add(line.quantity() + " × " + (name == null || name.isEmpty() ? "?" : DemoData.unsuffixed(name)));
        }
        var money =
                order.total() == null || order.currency() == null ? "–" : Format.money(order.total(), order.currency());
        var reason = order.reason();
        return Format.pad(order.orderId().toString().substring(0, 8), 10)
                + Format.pad(order.mode() == null ? "" : order.mode().name(), 7)
                + Format.pad(style.status(order.status()), 11)
                + Format.pad(String.join(", ", lines), 24)
                + Format.pad(money, 12)
                + (reason == null || reason.isEmpty() ? "" : style.dim(reason));
    }
}
