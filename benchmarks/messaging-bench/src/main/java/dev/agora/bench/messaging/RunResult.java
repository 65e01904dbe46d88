package dev.agora.bench.messaging;

/**
 * The figures of one measured run.
 *
 * @param msgPerSecond messages consumed per second over the steady window
 * @param p50Micros median consumer latency over the steady window, publish to consumer, in microseconds
 * @param p99Micros 99th percentile of the same
 * @param cpuMicrosPerMessage the side's process CPU time over the steady window divided by the messages it
 *     consumed in it
 */
record RunResult(
        Side side,
        Scenario scenario,
        int round,
        double msgPerSecond,
        double p50Micros,
        double p99Micros,
        double cpuMicrosPerMessage) {

    RunResult(Side side, Scenario scenario, int round, ChildReport report) {
        this(
                side,
                scenario,
                round,
                report.msgPerSecond(),
                report.p50Micros(),
                report.p99Micros(),
                report.cpuMicrosPerMessage());
    }
}
