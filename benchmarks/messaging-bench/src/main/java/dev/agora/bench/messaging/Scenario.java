package dev.agora.bench.messaging;

/** What a run measures. */
enum Scenario {
    /** Publish as fast as the confirm window allows; the figure is msg/s consumed. */
    THROUGHPUT("max throughput"),
    /** Publish at a fixed rate; the figures are consumer latency percentiles. */
    LATENCY("latency");

    private final String title;

    Scenario(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
