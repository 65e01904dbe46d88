package dev.agora.messaging.amqp;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * A W3C trace context ({@code traceparent} header): the trace id stays the same across every hop of a
 * flow, each hop gets its own span id. The current one is kept per thread while a handler runs, so what
 * the handler publishes continues the trace.
 */
record TraceParent(String traceId, String spanId, String flags) {

    /** Version 00 has exactly this length. */
    static final int LENGTH = 55;

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final ThreadLocal<TraceParent> CURRENT = new ThreadLocal<>();

    static TraceParent newTrace() {
        return new TraceParent(randomHex(16), randomHex(8), "01");
    }

    static @Nullable TraceParent parse(@Nullable String header) {
        if (header == null) return null;
        var matcher = FORMAT.matcher(header);
        if (!matcher.matches() || matcher.group(1).equals("0".repeat(32))) return null;
        return new TraceParent(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** The next hop of this trace. */
    TraceParent child() {
        return new TraceParent(traceId, randomHex(8), flags);
    }

    /** The context for a message published now: a child of the current handler's, or a new trace. */
    static TraceParent forOutgoing() {
        var current = CURRENT.get();
        return current == null ? newTrace() : current.child();
    }

    static @Nullable TraceParent current() {
        return CURRENT.get();
    }

    /** Makes this the current context of the thread until the returned scope is closed. */
    Scope open() {
        CURRENT.set(this);
        MDC.put("traceId", traceId);
        return () -> {
            CURRENT.remove();
            MDC.remove("traceId");
        };
    }

    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        var random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
