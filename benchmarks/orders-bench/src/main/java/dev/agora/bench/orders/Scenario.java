package dev.agora.bench.orders;

import java.time.Duration;

/** One measured configuration: how orders are placed and how the payment-provider sandbox behaves. */
record Scenario(String mode, Duration paymentLatency, double paymentFailureRate) {

    String payment() {
        var latency = paymentLatency.toMillis() + " ms";
        return paymentFailureRate == 0 ? latency : latency + ", " + Math.round(paymentFailureRate * 100) + " % fail";
    }

    String label() {
        return mode.toLowerCase(java.util.Locale.ROOT) + " · " + payment();
    }

    boolean async() {
        return mode.equals("ASYNC");
    }
}
