package dev.agora.bench.messaging;

/**
 * The data of every benchmark event.
 *
 * @param sentNanos {@link System#nanoTime()} just before publishing: producer and consumer share this JVM,
 *     so the consumer gets nanosecond latency the way PerfTest measures its own; negative marks the priming
 *     message, which is not measured
 * @param padding filler that brings the envelope's JSON to the benchmark's body size
 */
public record Tick(long sentNanos, String padding) {}
