package dev.agora.demo;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The demo's users, products and orders, named so that they are recognisable and unique per run. */
final class DemoData {

    private DemoData() {}

    /** @param password what the user signs in to the portal with, with the e-mail address */
    record User(String name, String email, String country, UUID id, String password) {

        /** The name without the run's suffix, for the demo's sentences. */
        String label() {
            return unsuffixed(name);
        }
    }

    record Product(String name, String category, BigDecimal price, int stock, UUID id) {

        /** The name without the run's suffix, for the demo's sentences. */
        String label() {
            return unsuffixed(name);
        }
    }

    /**
     * An order the demo placed.
     *
     * @param status the final status it reached
     * @param reason why it ended so, for CANCELLED, EXPIRED, REJECTED
     */
    record Order(
            UUID id,
            OrderMode mode,
            User user,
            Product product,
            int quantity,
            OrderStatus status,
            @Nullable BigDecimal total,
            @Nullable String reason) {

        /** Whether the query service hears of it: a rejected SYNC order leaves no events behind. */
        boolean inHistory() {
            return status != OrderStatus.REJECTED;
        }
    }

    /** A short random suffix, such as {@code 3f9a2c}, that makes this run's names and e-mails unique. */
    static String newSuffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** {@code Ada Lovelace (demo 3f9a2c)}. */
    static String named(String name, String suffix) {
        return name + " (demo " + suffix + ")";
    }

    /** {@code Ada Lovelace} from {@code Ada Lovelace (demo 3f9a2c)}. */
    static String unsuffixed(String name) {
        return name.replaceFirst(" \\(demo [^)]*\\)$", "");
    }

    /** A fresh password, printed for signing in as the demo's shopper. */
    static String newPassword() {
        return "demo-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** {@code ada.lovelace.3f9a2c@demo.agora.example}. */
    static String email(String name, String suffix) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + suffix
                + "@demo.agora.example";
    }
}
