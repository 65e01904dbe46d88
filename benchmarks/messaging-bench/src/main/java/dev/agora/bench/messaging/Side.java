package dev.agora.bench.messaging;

/** Who is measured: Agora's messaging layer, or RabbitMQ PerfTest as the reference. */
enum Side {
    AGORA("agora"),
    PERFTEST("perftest");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
