package dev.agora.demo;

import dev.agora.shop.testing.ShopApi.Sandbox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/** How the demo writes times, money and ids. */
final class Format {

    private Format() {}

    /** {@code 312 ms}, {@code 1.4 s}, {@code 1 min 05 s}. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /** A duration the way a setting is written: {@code 0 s}, {@code 30 s}, {@code 200 ms}. */
    static String setting(Duration duration) {
        if (duration.isZero()) {
            return "0 s";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** {@code +0 ms}, {@code +41 ms}, {@code +20.1 s}: how long after the order was placed. */
    static String offset(Duration sincePlaced) {
        return "+" + duration(sincePlaced.isNegative() ? Duration.ZERO : sincePlaced);
    }

    static String money(BigDecimal amount, String currency) {
        return amount(amount) + " " + currency;
    }

    /** {@code 24.00}: with cents. */
    static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The first eight characters, enough to tell the demo's orders apart on screen. */
    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    static String percent(double share) {
        var percent = BigDecimal.valueOf(share * 100)
                .setScale(1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return percent.toPlainString() + " %";
    }

    static String sandbox(Sandbox sandbox) {
        return "latency " + setting(sandbox.latency()) + ", failure rate " + percent(sandbox.failureRate());
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Pads to a width, ignoring ANSI colour codes, so coloured columns line up. */
    static String pad(String text, int width) {
        int visible = text.replaceAll("\u001b\\[[0-9;]*m", "").length();
        return visible >= width ? text : text + " ".repeat(width - visible);
    }
}
