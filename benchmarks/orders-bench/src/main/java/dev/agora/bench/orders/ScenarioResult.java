package dev.agora.bench.orders;

import org.HdrHistogram.Histogram;

/**
 * What one scenario measured, latencies in microseconds. {@code accept} is the time to the {@code 201}/{@code 202};
 * {@code confirmed} the time from sending the order until its {@code order.confirmed} event (async only).
 */
record ScenarioResult(
        Scenario scenario,
        double offeredPerSecond,
        double acceptedPerSecond,
        Histogram accept,
        Histogram confirmed,
        long confirmedCount,
        long cancelledCount,
        long unfinishedCount,
        long errorCount) {

    static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
