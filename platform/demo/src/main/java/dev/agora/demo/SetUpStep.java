package dev.agora.demo;

import dev.agora.demo.DemoData.Product;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.contracts.api.Quote;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Step: the demo's users and products, their stock on inventory, and pricing's first quotes. */
record SetUpStep(DemoStage stage) implements Step {

    @Override
    public String run() {
        var display = stage.display();
        var style = stage.style();
        var suffix = stage.settings().suffix();
        var users = stage.users();
        var products = stage.products();
        users.add(user("Ada Lovelace", "FR", suffix));
        users.add(user("Grace Hopper", "DE", suffix));
        products.add(product("The Little Prince", "a book, for the demo", "books", "12.00", 50, suffix));
        products.add(product("Desk lamp", "a lamp, for the demo", "home", "39.90", 20, suffix));
        products.add(product("Signed poster", "a rare poster, for the demo", "art", "25.00", 2, suffix));
        try (var waiting = display.waitFor("inventory hears of the products (product.created)")) {
            for (var product : products) {
                Patience.untilAccepted(() -> {
                    stage.api().setStock(product.id(), product.stock());
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
        var quotes = new LinkedHashMap<String, Quote>();
        try (var waiting = display.waitFor("pricing hears of users and products (user.created, product.created)")) {
            for (var user : users) {
                for (var product : products) {
                    var quote = Patience.untilAccepted(() -> stage.api().quote(user.id(), product.id(), 1));
                    quotes.put(
                            user.label() + " / " + product.label(), stage.json().treeToValue(quote, Quote.class));
                }
            }
        }
        display.ok("pricing quotes them, taxes by category and country: " + quoteExample(quotes));
        return "2 users, 3 products with prices and stock";
    }

    private User user(String name, String country, String suffix) {
        var display = stage.display();
        var style = stage.style();
        var named = DemoData.named(name, suffix);
        var email = DemoData.email(name, suffix);
        var password = DemoData.newPassword();
        var user = new User(named, email, country, stage.api().createUser(named, email, country, password), password);
        display.ok("user     " + style.bold(named) + ", " + country + style.dim(" · " + user.id()));
        return user;
    }

    private Product product(String name, String description, String category, String price, int stock, String suffix) {
        var display = stage.display();
        var style = stage.style();
        var named = DemoData.named(name, suffix);
        var id = stage.api().createProduct(named, description, category);
        stage.api().setPrice(id, new BigDecimal(price));
        display.ok("product  " + style.bold(named) + ", " + category + ", " + price + " EUR before tax"
                + style.dim(" · " + id));
        return new Product(named, category, new BigDecimal(price), stock, id);
    }

    /** The first two quotes, as {@code Ada Lovelace / The Little Prince 12.66 EUR (tax 5.5 %)}. */
    private static String quoteExample(Map<String, Quote> quotes) {
        var examples = new ArrayList<String>();
        for (var quote : quotes.entrySet()) {
            if (examples.size() == 2) {
                break;
            }
            var line = quote.getValue().lines().getFirst();
            examples.add(quote.getKey() + " "
                    + Format.money(quote.getValue().total(), quote.getValue().currency()) + " (tax "
                    + line.taxRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %)");
        }
        return String.join(", ", examples);
    }
}
