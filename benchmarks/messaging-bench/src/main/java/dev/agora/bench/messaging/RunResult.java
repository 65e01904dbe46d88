package dev.agora.bench.messaging;

/**
 * The figures of one measured run.
 *
 * @param msgPerSecond messages consumed per second over the steady window
 * @param p50Micros median consumer latency, publish to consumer, in microseconds
 * @param p99Micros 99th percentile of the same
 */
record RunResult(Side side, Scenario scenario, int round, double msgPerSecond, double p50Micros, double p99Micros) {}
