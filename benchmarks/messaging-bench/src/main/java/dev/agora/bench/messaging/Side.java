package dev.agora.bench.messaging;

import java.util.Arrays;
import java.util.Locale;

/**
 * Who is measured. Each side runs in a JVM of its own, so its process CPU time is its client's alone.
 *
 * <p>The reference is PerfTest through Agora's conventions (same exchanges, {@code log} hop and properties):
 * the broker work the conventions require is the same for any client. Plain PerfTest is shown for
 * information; the Spring peers are what a Spring team would write instead of Agora.
 */
enum Side {
    AGORA,
    PERFTEST,
    PERFTEST_PLAIN,
    SPRING_AMQP,
    SPRING_CLOUD_STREAM;

    /** What a side's figures are compared for. */
    enum Role {
        MEASURED,
        REFERENCE,
        INFORMATION,
        PEER
    }

    /** The name on the command line ({@code --sides}) and in the report: {@code spring-cloud-stream}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The queue the side consumes from; deleted after each run so the next starts empty. */
    String queue() {
        return switch (this) {
            case AGORA -> AgoraService.JOB_QUEUE;
            case PERFTEST, PERFTEST_PLAIN -> "perftest-q";
            case SPRING_AMQP, SPRING_CLOUD_STREAM -> label() + "-q";
        };
    }

    Role role() {
        return switch (this) {
            case AGORA -> Role.MEASURED;
            case PERFTEST -> Role.REFERENCE;
            case PERFTEST_PLAIN -> Role.INFORMATION;
            case SPRING_AMQP, SPRING_CLOUD_STREAM -> Role.PEER;
        };
    }

    /** Plain PerfTest is information on throughput only: the latency targets compare with the reference. */
    boolean runs(Scenario scenario) {
        return this != PERFTEST_PLAIN || scenario == Scenario.THROUGHPUT;
    }

    /**
     * Whether the benchmark declares the side's topology before it starts: Agora's exchanges, the {@code log}
     * hop and a quorum queue. Agora declares its own; plain PerfTest uses its default direct exchange.
     */
    boolean usesAgoraLikeTopology() {
        return this != AGORA && this != PERFTEST_PLAIN;
    }

    static Side of(String label) {
        return Arrays.stream(values())
                .filter(side -> side.label().equals(label.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown side '" + label + "'; known: "
                        + String.join(
                                ", ", Arrays.stream(values()).map(Side::label).toList())));
    }
}
