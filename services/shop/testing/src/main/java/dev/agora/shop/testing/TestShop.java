package dev.agora.shop.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A {@link RunningShop} for an integration test: small heaps, a quick start, retries within seconds. */
public final class TestShop {

    /** Retry delays that let a test see a softfailed message through within seconds. */
    public static final String QUICK_RETRIES = "200ms,500ms,1s,2s";

    private TestShop() {}

    /**
     * Starts a shop with the folder of the shop's modules and of the logs from the system properties {@code shop.dir}
     * and {@code shop.logs}, which the failsafe configuration of a module that runs the shop sets.
     *
     * @param logs a folder for this test's logs inside {@code shop.logs}, empty for {@code shop.logs} itself
     */
    public static RunningShop start(String logs, Map<String, String> settings) {
        return RunningShop.start(
                Path.of(System.getProperty("shop.dir")),
                Path.of(System.getProperty("shop.logs")).resolve(logs),
                settings,
                List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
    }

    /** Settings for a test that follows orders to their end: this payment timeout, and retries within seconds. */
    public static Map<String, String> quickOrders(Duration paymentTimeout) {
        return Map.of(
                "AGORA_SHOP_ORDER_PAYMENT_TIMEOUT",
                paymentTimeout.toString(),
                "AGORA_MESSAGING_RETRY_DELAYS",
                QUICK_RETRIES);
    }
}
