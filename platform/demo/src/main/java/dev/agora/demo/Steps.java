package dev.agora.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo's steps in the order they run: the only place their names, titles and order are written. */
final class Steps {

    /**
     * @param name the step in the summary
     * @param title the step as it starts
     * @param neededBecause why the demo stops when this step does not go as expected, null when it goes on
     */
    record Entry(String name, String title, @Nullable String neededBecause, Step step) {}

    private Steps() {}

    static List<Entry> of(DemoStage stage) {
        var async = new AsyncOrders(stage);
        return List.of(
                new Entry(
                        "set-up",
                        "Demo users and products",
                        "The other steps need the demo's users and products",
                        new SetUpStep(stage)),
                new Entry(
                        "SYNC order",
                        "A SYNC order: the answer waits for inventory, pricing and payment",
                        null,
                        new SyncOrderStep(stage)),
                new Entry(
                        "ASYNC order",
                        "An ASYNC order, followed live as its saga runs through RabbitMQ",
                        null,
                        new AsyncOrderStep(stage, async)),
                new Entry(
                        "payment failing",
                        "The payment provider fails every charge",
                        null,
                        new PaymentFailingStep(stage, async)),
                new Entry(
                        "not enough stock",
                        "An order for more than there is in stock",
                        null,
                        new NotEnoughStockStep(stage)),
                new Entry(
                        "payment too slow",
                        "Nobody pays in time: the order expires",
                        null,
                        new PaymentTooSlowStep(stage, async)),
                new Entry("order history", "Order history from the query service", null, new OrderHistoryStep(stage)));
    }
}
