package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.ShopApi.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void durationsInMillisecondsSecondsOrMinutes() {
        assertThat(Format.duration(Duration.ofMillis(0))).isEqualTo("0 ms");
        assertThat(Format.duration(Duration.ofMillis(312))).isEqualTo("312 ms");
        assertThat(Format.duration(Duration.ofMillis(1_449))).isEqualTo("1.4 s");
        assertThat(Format.duration(Duration.ofMillis(20_080))).isEqualTo("20.1 s");
        assertThat(Format.duration(Duration.ofSeconds(65))).isEqualTo("1 min 05 s");
    }

    @Test
    void offsetsSinceThePlacementNeverGoBelowZero() {
        assertThat(Format.offset(Duration.ofMillis(41))).isEqualTo("+41 ms");
        assertThat(Format.offset(Duration.ofMillis(-3))).isEqualTo("+0 ms");
    }

    @Test
    void moneyWithCentsAndCurrency() {
        assertThat(Format.money(new BigDecimal("25.3"), "EUR")).isEqualTo("25.30 EUR");
        assertThat(Format.money(new BigDecimal("47.481"), "EUR")).isEqualTo("47.48 EUR");
    }

    @Test
    void sandboxSettingsInWords() {
        assertThat(Format.sandbox(Sandbox.PROMPT)).isEqualTo("latency 0 s, failure rate 0 %");
        assertThat(Format.sandbox(new Sandbox(Duration.ofSeconds(30), 1.0)))
                .isEqualTo("latency 30 s, failure rate 100 %");
        assertThat(Format.sandbox(new Sandbox(Duration.ofMillis(200), 0.1)))
                .isEqualTo("latency 200 ms, failure rate 10 %");
    }

    @Test
    void shortIdsAndCounts() {
        assertThat(Format.shortId(UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000")))
                .isEqualTo("1a2b3c4d");
        assertThat(Format.count(1, "order", "orders")).isEqualTo("1 order");
        assertThat(Format.count(4, "order", "orders")).isEqualTo("4 orders");
    }

    @Test
    void paddingIgnoresColourCodes() {
        var coloured = Style.COLOURED.green("OK");

        assertThat(Format.pad(coloured, 4)).isEqualTo(coloured + "  ");
        assertThat(Format.pad("long text", 4)).isEqualTo("long text");
    }
}
