package dev.agora.bench.messaging;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of every benchmark message.
 *
 * @param sentNanos {@link System#nanoTime()} just before publishing: producer and consumer share a JVM, so
 *     the consumer gets nanosecond latency the way PerfTest measures its own; negative marks the priming
 *     message, which is not measured
 * @param padding filler that brings the message body to the benchmark's body size
 */
public record Tick(long sentNanos, String padding) {

    /** Filler that makes a body of {@code overheadBytes} plus the padding as long as PerfTest's ({@code -s}). */
    static String padding(int bodyBytes, int overheadBytes) {
        return "x".repeat(Math.max(0, bodyBytes - overheadBytes));
    }

    /** Filler for the Spring peers, whose body is the tick's JSON alone. */
    static String jsonPadding(int bodyBytes) {
        return padding(
                bodyBytes, JsonMapper.builder().build().writeValueAsBytes(new Tick(System.nanoTime(), "")).length);
    }
}
