package dev.agora.demo;

import dev.agora.demo.DemoData.Order;
import dev.agora.demo.DemoData.Product;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopApi.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/**
 * The guided scenario, step by step: demo users and products; a SYNC order; an ASYNC order followed live; an order
 * whose payment fails; an order for more than the stock; an order nobody pays in time; the order history from the
 * read model. A step that does not go as expected is marked and the next one runs; a service that stops answering
 * ends the demo.
 */
final class DemoScenario {

    static final int STEPS = 7;

    private static final List<String> NAMES = List.of(
            "set-up",
            "SYNC order",
            "ASYNC order",
            "payment failing",
            "not enough stock",
            "payment too slow",
            "order history");

    /** How long the other services may take to hear of new users and products through their events. */
    private static final Duration LEARNING = Duration.ofSeconds(60);

    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final Duration STOCK_RELEASE = Duration.ofSeconds(30);
    private static final Duration READ_MODEL = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    /**
     * @param slowPayment the provider's latency while the demo waits for an order to expire
     * @param expiryWait how long to wait for that order to expire
     * @param suffix makes this run's names unique
     */
    record Settings(Duration slowPayment, Duration expiryWait, String suffix) {}

    private final Platform platform;
    private final ShopApi api;
    private final OrderDesk orders;
    private final OrderFollower follower;
    private final SandboxGuard sandbox;
    private final Display display;
    private final Style style;
    private final Settings settings;
    private final List<StepReport> reports = new ArrayList<>();
    private final List<Order> placed = new ArrayList<>();
    private final List<User> users = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();

    DemoScenario(
            Platform platform,
            ShopApi api,
            OrderDesk orders,
            OrderFollower follower,
            SandboxGuard sandbox,
            Display display,
            Settings settings) {
        this.platform = platform;
        this.api = api;
        this.orders = orders;
        this.follower = follower;
        this.sandbox = sandbox;
        this.display = display;
        this.style = display.style();
        this.settings = settings;
    }

    /** The user whose sign-in the summary offers: the first one, who places most of the demo's orders. */
    User shopper() {
        return users.getFirst();
    }

    List<Order> placed() {
        return List.copyOf(placed);
    }

    /**
     * Runs every step.
     *
     * @return whether every step went as expected
     * @throws ServiceDownException when a service stopped answering, after the sandbox was restored if it can be
     */
    boolean run() {
        try {
            var original = sandbox.remember();
            if (!original.equals(Sandbox.PROMPT)) {
                display.info(style.dim("The payment sandbox is set to " + Format.sandbox(original)
                        + ": the demo runs with a prompt, reliable provider and puts yours back at the end."));
                sandbox.use(Sandbox.PROMPT);
            }
            if (!step(1, "Demo users and products", this::setUp)) {
                display.failed("The other steps need the demo's users and products: stopping here.");
                return false;
            }
            step(2, "A SYNC order: the answer waits for inventory, pricing and payment", this::syncOrder);
            step(3, "An ASYNC order, followed live as its saga runs through RabbitMQ", this::asyncOrder);
            step(4, "The payment provider fails every charge", this::paymentFails);
            step(5, "An order for more than there is in stock", this::notEnoughStock);
            step(6, "Nobody pays in time: the order expires", this::paymentTooSlow);
            step(7, "Order history from the query service", this::history);
            return reports.stream().allMatch(StepReport::succeeded);
        } catch (ResourceAccessException unreachable) {
            throw down(unreachable);
        } finally {
            try {
                sandbox.close();
            } catch (ResourceAccessException | RestClientResponseException e) {
                display.failed("Could not restore the payment sandbox (" + e.getMessage() + ")");
            }
        }
    }

    /** The steps so far, and the ones that did not run. */
    List<StepReport> summary() {
        var all = new ArrayList<>(reports);
        for (int n = all.size() + 1; n <= STEPS; n++) {
            all.add(StepReport.notRun(n, NAMES.get(n - 1)));
        }
        return all;
    }

    private boolean step(int number, String title, Supplier<String> body) {
        display.step(number, STEPS, title);
        long started = System.nanoTime();
        Boolean ok;
        String outcome;
        try {
            outcome = body.get();
            ok = true;
        } catch (UnexpectedOutcome unexpected) {
            outcome = unexpected.getMessage();
            ok = false;
        } catch (RestClientResponseException refused) {
            outcome = "a service answered " + refused.getStatusCode().value() + ": " + problem(refused);
            ok = false;
        } catch (ResourceAccessException unreachable) {
            var down = down(unreachable);
            display.failed(down.getMessage());
            reports.add(new StepReport(
                    number, NAMES.get(number - 1), false, down.service() + " not answering", took(started)));
            throw down;
        } catch (RuntimeException unforeseen) { // such as an answer without a field the demo reads
            outcome = "unexpected " + unforeseen.getClass().getSimpleName() + ": " + unforeseen.getMessage();
            ok = false;
        }
        var took = took(started);
        if (ok) {
            display.ok(style.bold("as expected") + style.dim(" · " + Format.duration(took)));
        } else {
            display.failed(style.red("not as expected: ") + outcome + style.dim(" · " + Format.duration(took)));
        }
        reports.add(new StepReport(number, NAMES.get(number - 1), ok, outcome, took));
        return ok;
    }

    // ---- 1 --------------------------------------------------------------------------------------------------

    private String setUp() {
        var suffix = settings.suffix();
        users.add(user("Ada Lovelace", "FR", suffix));
        users.add(user("Grace Hopper", "DE", suffix));
        products.add(product("The Little Prince", "a book, for the demo", "books", "12.00", 50, suffix));
        products.add(product("Desk lamp", "a lamp, for the demo", "home", "39.90", 20, suffix));
        products.add(product("Signed poster", "a rare poster, for the demo", "art", "25.00", 2, suffix));
        try (var waiting = display.waitFor("inventory hears of the products (product.created)")) {
            for (var product : products) {
                untilAccepted(() -> {
                    api.setStock(product.id(), product.stock());
                    return null;
                });
            }
        }
        display.ok("stock set on inventory: "
                + String.join(
                        ", ",
                        products.stream()
                                .map(p -> p.stock() + " × " + p.label())
                                .toList()));
        var quotes = new LinkedHashMap<String, JsonNode>();
        try (var waiting = display.waitFor("pricing hears of users and products (user.created, product.created)")) {
            for (var user : users) {
                for (var product : products) {
                    quotes.put(
                            user.label() + " / " + product.label(),
                            untilAccepted(() -> api.quote(user.id(), product.id(), 1)));
                }
            }
        }
        display.ok("pricing quotes them, taxes by category and country: " + quoteExample(quotes));
        return "2 users, 3 products with prices and stock";
    }

    private User user(String name, String country, String suffix) {
        var named = DemoData.named(name, suffix);
        var email = DemoData.email(name, suffix);
        var password = DemoData.newPassword();
        var user = new User(named, email, country, api.createUser(named, email, country, password), password);
        display.ok("user     " + style.bold(named) + ", " + country + style.dim(" · " + user.id()));
        return user;
    }

    private Product product(String name, String description, String category, String price, int stock, String suffix) {
        var named = DemoData.named(name, suffix);
        var id = api.createProduct(named, description, category);
        api.setPrice(id, new BigDecimal(price));
        display.ok("product  " + style.bold(named) + ", " + category + ", " + price + " EUR before tax"
                + style.dim(" · " + id));
        return new Product(named, category, new BigDecimal(price), stock, id);
    }

    private static String quoteExample(Map<String, JsonNode> quotes) {
        var examples = new ArrayList<String>();
        for (var quote : quotes.entrySet()) {
            if (examples.size() == 2) {
                break;
            }
            var line = quote.getValue().get("lines").get(0);
            examples.add(quote.getKey() + " "
                    + Format.money(quote.getValue().get("total").decimalValue(), text(quote.getValue(), "currency"))
                    + " (tax "
                    + line.get("taxRate")
                            .decimalValue()
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString()
                    + " %)");
        }
        return String.join(", ", examples);
    }

    // ---- 2 --------------------------------------------------------------------------------------------------

    private String syncOrder() {
        var ada = users.get(0);
        var book = products.get(0);
        display.info(who(ada) + " buys 2 × " + book.label() + ": POST /api/orders with mode SYNC");
        OrderDesk.Answer answer;
        try (var waiting = display.waitFor("the order service reserves, prices and charges, then answers")) {
            answer = orders.place(ada.id(), book.id(), 2, "SYNC");
        }
        var status = answer.text("status");
        if (answer.status() != 201 || !status.equals("CONFIRMED")) {
            throw new UnexpectedOutcome("expected 201 CONFIRMED, got " + describe(answer));
        }
        var total = answer.body().get("total").decimalValue();
        var currency = answer.text("currency");
        record(answer, "SYNC", ada, book, 2, status, null);
        display.ok("201 Created after " + Format.duration(answer.took()) + ": " + style.status(status) + ", total "
                + style.bold(Format.money(total, currency)) + " ("
                + Format.amount(answer.body().get("subtotal").decimalValue()) + " + "
                + Format.amount(answer.body().get("tax").decimalValue()) + " tax)"
                + style.dim(" · order " + answer.orderId()));
        display.info(style.dim("One HTTP request did it all: as slow as inventory, pricing and payment together."));
        return "CONFIRMED, " + Format.money(total, currency) + ", answered in " + Format.duration(answer.took());
    }

    // ---- 3 --------------------------------------------------------------------------------------------------

    private String asyncOrder() {
        var grace = users.get(1);
        var lamp = products.get(1);
        display.info(who(grace) + " buys 1 × " + lamp.label() + ": POST /api/orders with mode ASYNC");
        var answer = placeAsync(grace, lamp, 1);
        var outcome = follow(answer, SAGA, "the saga runs: inventory, pricing, payment");
        var last = requireFinal(outcome, "CONFIRMED", SAGA);
        var order = orders.order(Objects.requireNonNull(answer.orderId()));
        var total = order.get("total").decimalValue();
        var currency = text(order, "currency");
        var after = Duration.between(createdAt(answer, outcome), last.at());
        record(answer, "ASYNC", grace, lamp, 1, last.status(), null, total);
        display.ok(style.status("CONFIRMED") + " " + Format.duration(after) + " after it was placed, total "
                + style.bold(Format.money(total, currency)));
        display.info(style.dim("The client had its answer after " + Format.duration(answer.took())
                + "; the services did the rest by events, each in its own transaction."));
        return "CONFIRMED " + Format.duration(after) + " after it was placed, " + Format.money(total, currency);
    }

    // ---- 4 --------------------------------------------------------------------------------------------------

    private String paymentFails() {
        var ada = users.get(0);
        var lamp = products.get(1);
        int before = api.stock(lamp.id());
        var followed = underSandbox(new Sandbox(Duration.ZERO, 1.0), () -> {
            display.info(who(ada) + " buys 1 × " + lamp.label() + " (ASYNC); " + before + " in stock");
            var placed = placeAsync(ada, lamp, 1);
            return new Followed(placed, follow(placed, SAGA, "the saga runs into the failing provider"));
        });
        var answer = followed.answer();
        var outcome = followed.outcome();
        var last = requireFinal(outcome, "CANCELLED", SAGA);
        record(answer, "ASYNC", ada, lamp, 1, last.status(), last.reason());
        display.ok(style.status("CANCELLED") + ": " + reasonOf(last));
        awaitStock(lamp, before, "inventory releases the stock (order.cancelled → stock.released)");
        return "CANCELLED as the provider failed, stock released";
    }

    // ---- 5 --------------------------------------------------------------------------------------------------

    private String notEnoughStock() {
        var grace = users.get(1);
        var poster = products.get(2);
        int before = api.stock(poster.id());
        display.info(who(grace) + " wants 5 × " + poster.label() + ", " + before + " in stock: POST /api/orders with"
                + " mode SYNC");
        OrderDesk.Answer answer;
        try (var waiting = display.waitFor("the order service asks inventory for the stock")) {
            answer = orders.place(grace.id(), poster.id(), 5, "SYNC");
        }
        if (answer.status() != 409) {
            throw new UnexpectedOutcome("expected 409 Conflict, got " + describe(answer));
        }
        display.ok("409 Conflict after " + Format.duration(answer.took()) + ", naming "
                + style.bold(answer.text("dependency").isEmpty() ? "?" : answer.text("dependency")) + ": "
                + answer.text("detail"));
        var status = answer.text("orderStatus");
        var orderId = answer.orderId();
        if (orderId != null) {
            record(answer, "SYNC", grace, poster, 5, status.isEmpty() ? "REJECTED" : status, answer.text("detail"));
        }
        int after = api.stock(poster.id());
        if (after != before) {
            throw new UnexpectedOutcome("the stock of " + poster.label() + " changed from " + before + " to " + after);
        }
        display.ok("order " + (orderId == null ? "" : Format.shortId(orderId) + " ")
                + style.status(status.isEmpty() ? "REJECTED" : status) + ": nothing reserved, still " + after
                + " in stock");
        return "409 from " + answer.text("dependency") + ", order " + (status.isEmpty() ? "rejected" : status)
                + ", stock untouched";
    }

    // ---- 6 --------------------------------------------------------------------------------------------------

    private String paymentTooSlow() {
        var grace = users.get(1);
        var book = products.get(0);
        int before = api.stock(book.id());
        var followed = underSandbox(new Sandbox(settings.slowPayment(), 0), () -> {
            display.info(who(grace) + " buys 1 × " + book.label() + " (ASYNC); " + before + " in stock");
            display.info(style.dim("Paying now takes longer than the order service waits for a payment (its payment"
                    + " timeout: PT20S under ./agora up), so the order should expire."));
            var placed = placeAsync(grace, book, 1);
            return new Followed(
                    placed,
                    follow(
                            placed,
                            settings.expiryWait(),
                            "waiting for EXPIRED, at most " + Format.duration(settings.expiryWait())));
        });
        var answer = followed.answer();
        var outcome = followed.outcome();
        var last = outcome.last();
        if (!outcome.ended() || last == null) {
            throw new UnexpectedOutcome("still " + (last == null ? "unknown" : last.status()) + " after "
                    + Format.duration(settings.expiryWait()) + ": the order service's payment timeout is longer"
                    + " (./agora up sets AGORA_SHOP_ORDER_PAYMENT_TIMEOUT=PT20S)");
        }
        if (!last.status().equals("EXPIRED")) {
            throw new UnexpectedOutcome(last.status() + " instead of EXPIRED"
                    + (last.status().equals("CONFIRMED")
                            ? ": the order service waited longer than the provider's "
                                    + Format.setting(settings.slowPayment())
                                    + " (try --slow-payment with more than its payment timeout)"
                            : ": " + reasonOf(last)));
        }
        var after = Duration.between(createdAt(answer, outcome), last.at());
        record(answer, "ASYNC", grace, book, 1, last.status(), last.reason());
        display.ok(style.status("EXPIRED") + " " + Format.duration(after) + " after it was placed: " + reasonOf(last));
        awaitStock(book, before, "inventory releases the stock (order.expired → stock.released)");
        display.info(style.dim("The provider's charge still finishes after " + Format.setting(settings.slowPayment())
                + "; payment hears the order expired and refunds it."));
        return "EXPIRED after " + Format.duration(after) + " (" + reasonOf(last) + "), stock released";
    }

    // ---- 7 --------------------------------------------------------------------------------------------------

    private String history() {
        display.info("GET /api/users/{id}/orders on query: a read model fed by events only, no other service asked");
        var expected = placed.stream().filter(Order::inHistory).toList();
        Map<User, List<JsonNode>> histories = new LinkedHashMap<>();
        long deadline = System.nanoTime() + READ_MODEL.toNanos();
        try (var waiting = display.waitFor("the read model catches up with the last events")) {
            while (true) {
                histories.clear();
                for (var user : users) {
                    histories.put(user, orders.history(user.id()));
                }
                if (missing(expected, histories).isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                pause();
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
    private static List<String> missing(List<Order> expected, Map<User, List<JsonNode>> histories) {
        var missing = new ArrayList<String>();
        for (var order : expected) {
            var shown = histories.getOrDefault(order.user(), List.of()).stream()
                    .anyMatch(entry -> text(entry, "orderId").equals(order.id().toString())
                            && text(entry, "status").equals(order.status()));
            if (!shown) {
                missing.add(Format.shortId(order.id()) + " " + order.status());
            }
        }
        return missing;
    }

    private String historyLine(JsonNode order) {
        var lines = new ArrayList<String>();
        for (var line : order.get("lines")) {
            var name = text(line, "productName");
            lines.add(line.get("quantity").asInt() + " × " + (name.isEmpty() ? "?" : DemoData.unsuffixed(name)));
        }
        var total = order.get("total");
        var money = total == null || total.isNull() ? "–" : Format.money(total.decimalValue(), text(order, "currency"));
        var reason = text(order, "reason");
        var orderId = text(order, "orderId");
        return Format.pad(orderId.length() >= 8 ? orderId.substring(0, 8) : orderId, 10)
                + Format.pad(text(order, "mode"), 7)
                + Format.pad(style.status(text(order, "status")), 11)
                + Format.pad(String.join(", ", lines), 24)
                + Format.pad(money, 12)
                + (reason.isEmpty() ? "" : style.dim(reason));
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    private OrderDesk.Answer placeAsync(User user, Product product, int quantity) {
        var answer = orders.place(user.id(), product.id(), quantity, "ASYNC");
        if (answer.status() != 202 || answer.orderId() == null) {
            throw new UnexpectedOutcome("expected 202 Accepted, got " + describe(answer));
        }
        display.info("→ 202 Accepted after " + Format.duration(answer.took()) + ": "
                + style.status(answer.text("status")) + style.dim(" · order " + answer.orderId()));
        display.info(style.dim("following GET /api/orders/" + answer.orderId() + "/events (Server-Sent Events)"));
        return answer;
    }

    /** Follows the order live, a line per status with the time since it was placed. */
    private OrderFollower.Outcome follow(OrderDesk.Answer answer, Duration atMost, String waitingFor) {
        var orderId = Objects.requireNonNull(answer.orderId());
        var origin = new AtomicReference<@Nullable Instant>(createdAtOrNull(answer));
        OrderFollower.Outcome outcome;
        try (var waiting = display.waitFor(waitingFor)) {
            outcome = follower.follow(orderId, atMost, update -> {
                origin.compareAndSet(null, update.at());
                var since = Duration.between(Objects.requireNonNull(origin.get()), update.at());
                display.info("  " + Format.pad(style.dim(Format.offset(since)), 11)
                        + Format.pad(style.status(update.status()), 16) + explain(update));
            });
        }
        if (!outcome.streamed()) {
            display.info(style.dim("(the status stream did not tell it all: the rest came from polling"
                    + " GET /api/orders/" + orderId + ")"));
        }
        return outcome;
    }

    /** What made the order move, in the words of the saga. */
    static String explain(StatusUpdate update) {
        return switch (update.status()) {
            case "PENDING" -> "accepted; order.created published";
            case "STOCK_RESERVED" -> "inventory reserved the stock (stock.reserved)";
            case "PRICED" -> "pricing priced it (order.priced)";
            case "CONFIRMED" -> "payment charged it (payment.created)";
            case "CANCELLED" -> "cancelled: " + reasonOf(update);
            case "EXPIRED" -> "expired: " + reasonOf(update);
            case "REJECTED" -> "rejected: " + reasonOf(update);
            default -> "";
        };
    }

    private static String reasonOf(StatusUpdate update) {
        return update.reason() == null ? "no reason given" : update.reason();
    }

    private StatusUpdate requireFinal(OrderFollower.Outcome outcome, String expected, Duration waited) {
        var last = outcome.last();
        if (!outcome.ended() || last == null) {
            throw new UnexpectedOutcome("no final status after " + Format.duration(waited) + ", last "
                    + (last == null ? "none" : last.status()));
        }
        if (!last.status().equals(expected)) {
            throw new UnexpectedOutcome(
                    last.status() + " instead of " + expected + (last.reason() == null ? "" : ": " + last.reason()));
        }
        return last;
    }

    /** Runs an order while the payment sandbox has these settings, and puts the prompt provider back after. */
    private Followed underSandbox(Sandbox settings, Supplier<Followed> order) {
        display.info("Payment sandbox from now on: " + style.bold(Format.sandbox(settings))
                + style.dim(" (PUT /api/sandbox/settings on payment)"));
        sandbox.use(settings);
        try {
            return order.get();
        } finally {
            restoreSandbox();
        }
    }

    private record Followed(OrderDesk.Answer answer, OrderFollower.Outcome outcome) {}

    private void restoreSandbox() {
        sandbox.use(Sandbox.PROMPT);
        display.info("Payment sandbox back to " + Format.sandbox(Sandbox.PROMPT));
    }

    private void awaitStock(Product product, int expected, String waitingFor) {
        long deadline = System.nanoTime() + STOCK_RELEASE.toNanos();
        int stock;
        try (var waiting = display.waitFor(waitingFor)) {
            while ((stock = api.stock(product.id())) != expected && System.nanoTime() < deadline) {
                pause();
            }
        }
        if (stock != expected) {
            throw new UnexpectedOutcome("the stock of " + product.label() + " is " + stock + " after "
                    + Format.duration(STOCK_RELEASE) + ", not back to " + expected);
        }
        display.ok("stock of " + product.label() + " back to " + stock);
    }

    private void record(
            OrderDesk.Answer answer,
            String mode,
            User user,
            Product product,
            int quantity,
            String status,
            @Nullable String reason) {
        var total = answer.body().get("total");
        record(
                answer,
                mode,
                user,
                product,
                quantity,
                status,
                reason,
                total == null || total.isNull() ? null : total.decimalValue());
    }

    private void record(
            OrderDesk.Answer answer,
            String mode,
            User user,
            Product product,
            int quantity,
            String status,
            @Nullable String reason,
            @Nullable BigDecimal total) {
        placed.add(new Order(
                Objects.requireNonNull(answer.orderId()), mode, user, product, quantity, status, total, reason));
    }

    private static @Nullable Instant createdAtOrNull(OrderDesk.Answer answer) {
        var createdAt = answer.text("createdAt");
        try {
            return createdAt.isEmpty() ? null : Instant.parse(createdAt);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Instant createdAt(OrderDesk.Answer answer, OrderFollower.Outcome outcome) {
        var createdAt = createdAtOrNull(answer);
        if (createdAt != null) {
            return createdAt;
        }
        return outcome.updates().isEmpty()
                ? Instant.now()
                : outcome.updates().getFirst().at();
    }

    private String who(User user) {
        return style.bold(user.label());
    }

    /** Calls until the service takes it: the copies other services keep arrive by events, a moment later. */
    private static <T> T untilAccepted(Supplier<T> call) {
        long deadline = System.nanoTime() + LEARNING.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (RestClientResponseException notYet) {
                if (notYet.getStatusCode().is5xxServerError() || System.nanoTime() > deadline) {
                    throw notYet;
                }
                pause();
            }
        }
    }

    private static Duration took(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private ServiceDownException down(ResourceAccessException unreachable) {
        var url = failedUrl(unreachable.getMessage());
        var service = url == null ? null : platform.nameOf(url);
        return new ServiceDownException(
                service == null ? "?" : service,
                url == null ? "?" : url.replaceFirst("(https?://[^/]+).*", "$1"),
                unreachable);
    }

    /** Spring's message names the request: {@code I/O error on GET request for "http://…": Connection refused}. */
    static @Nullable String failedUrl(@Nullable String message) {
        if (message == null) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("\"(https?://[^\"]+)\"").matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A problem (RFC 9457) in a line: its title and detail. */
    private static String problem(RestClientResponseException refused) {
        var body = refused.getResponseBodyAsString();
        var detail = body.replaceAll("(?s).*\"detail\"\\s*:\\s*\"([^\"]*)\".*", "$1");
        return detail.equals(body) ? refused.getStatusText() : detail;
    }

    /** An answer in a line: {@code 202 PENDING}, or {@code 503 Payment unavailable: …}. */
    private static String describe(OrderDesk.Answer answer) {
        var status = answer.text("status");
        if (!status.isEmpty() && !status.matches("\\d+")) {
            return answer.status() + " " + status;
        }
        var title = answer.text("title");
        var detail = answer.text("detail");
        return answer.status() + (title.isEmpty() ? "" : " " + title) + (detail.isEmpty() ? "" : ": " + detail);
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
