package dev.agora.demo;

import dev.agora.demo.DemoData.Order;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.contracts.OrderMode;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The end of the demo: how each step went, and where to look at what it did. */
final class Summary {

    private final Display display;
    private final Style style;
    private int urlWidth = 60;

    Summary(Display display) {
        this.display = display;
        this.style = display.style();
    }

    void steps(List<StepReport> reports, Duration took) {
        long ok = reports.stream().filter(StepReport::succeeded).count();
        display.blank();
        display.heading("Summary: " + ok + " of " + reports.size() + " steps as expected, " + Format.duration(took)
                + " in all");
        for (var report : reports) {
            display.raw("  " + mark(report.ok()) + " " + report.number() + "  " + Format.pad(report.name(), 18)
                    + Format.pad(style.dim(report.ok() == null ? "" : Format.duration(report.took())), 10)
                    + report.outcome());
        }
    }

    /**
     * @param portalUp whether the portal answered at the start (the links need it)
     * @param loggerUp whether the main logger answered at the start
     */
    void whereToLook(Platform platform, List<Order> orders, User shopper, boolean portalUp, boolean loggerUp) {
        urlWidth = 2
                + Math.max(
                        (platform.portal() + "/ops/log?correlationId=").length() + 36,
                        (platform.logger() + "/api/log?routingKey=order.*").length());
        display.blank();
        display.heading("Where to look");
        var portal = platform.portal();
        var notRunning = style.dim("  (not answering at the start of the demo)");
        row("portal", portal, "the shop's pages" + (portalUp ? "" : notRunning));
        row(
                "",
                portal + "/history",
                shopper.label() + "'s orders: sign in as " + shopper.email() + ", password " + shopper.password());
        for (var order : orders) {
            row("", portal + "/orders/" + order.id(), order.mode() + " order, " + style.status(order.status()));
        }
        var example = orders.stream()
                .filter(order -> order.mode() == OrderMode.ASYNC)
                .findFirst()
                .or(() -> orders.stream().findFirst())
                .map(order -> order.id().toString())
                .orElse("<order id>");
        row(
                "ops console",
                portal + "/ops/log?correlationId=" + example,
                "every message of that order, across services (sign in: .agora/admin-credential)"
                        + (portalUp ? "" : notRunning));
        row("RabbitMQ", platform.rabbitManagement(), "management UI: exchanges, queues, message rates");
        row(
                "main logger",
                platform.logger() + "/api/log?routingKey=order.*",
                "the order events as logged" + (loggerUp ? "" : notRunning));
    }

    private void row(String what, String url, String note) {
        display.raw("  " + Format.pad(what, 13) + Format.pad(style.cyan(url), urlWidth) + note);
    }

    private String mark(@Nullable Boolean ok) {
        if (ok == null) {
            return style.dim("–");
        }
        return ok ? style.green(Display.OK) : style.red(Display.FAILED);
    }
}
