package dev.agora.bench.messaging;

import java.util.Locale;

/**
 * The command line of {@code agora bench messaging}. Both sides always run with the same settings, so every
 * option here applies to Agora and PerfTest alike.
 *
 * @param rounds alternating Agora/PerfTest pairs per scenario
 * @param seconds length of each measured run
 * @param warmupSeconds first seconds of a throughput run left out of its msg/s
 * @param rate publishing rate of the latency scenario, msg/s
 * @param inFlight unconfirmed messages allowed: PerfTest {@code -c}, Agora's max-in-flight on one channel
 * @param prefetch consumer prefetch: PerfTest {@code -q}, {@code agora.messaging.prefetch}
 * @param bodyBytes message body size: PerfTest {@code -s}, the Agora envelope's JSON size
 * @param ackEvery deliveries acknowledged together: PerfTest {@code -A}, {@code agora.messaging.acks.batch-size};
 *     1 acknowledges each message on its own
 * @param perfTestLikeAgora PerfTest publishes through Agora's exchanges with Agora's message properties, so
 *     the ratio measures the client library alone rather than library plus conventions
 */
record BenchOptions(
        int rounds,
        int seconds,
        int warmupSeconds,
        int rate,
        int inFlight,
        int prefetch,
        int bodyBytes,
        int ackEvery,
        boolean perfTestLikeAgora,
        boolean help) {

    static final BenchOptions DEFAULTS = new BenchOptions(3, 20, 3, 1000, 100, 250, 1000, 50, false, false);

    BenchOptions {
        positive("--rounds", rounds);
        positive("--seconds", seconds);
        positive("--rate", rate);
        positive("--in-flight", inFlight);
        positive("--prefetch", prefetch);
        positive("--ack-every", ackEvery);
        if (ackEvery > prefetch) throw new IllegalArgumentException("--ack-every may not exceed --prefetch");
        if (bodyBytes < 300) throw new IllegalArgumentException("--body-size must be at least 300 bytes");
        if (warmupSeconds < 0 || warmupSeconds >= seconds) {
            throw new IllegalArgumentException("--warmup must be at least 0 and less than --seconds");
        }
    }

    static BenchOptions parse(String... args) {
        int rounds = DEFAULTS.rounds, seconds = DEFAULTS.seconds, rate = DEFAULTS.rate;
        int inFlight = DEFAULTS.inFlight, prefetch = DEFAULTS.prefetch, body = DEFAULTS.bodyBytes;
        int ackEvery = DEFAULTS.ackEvery;
        Integer warmup = null;
        boolean quick = false, help = false, likeAgora = false;
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--quick" -> quick = true;
                case "--perftest-like-agora" -> likeAgora = true;
                case "--help", "-h" -> help = true;
                default -> {
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--rounds" -> rounds = number(name, value);
                        case "--seconds" -> seconds = number(name, value);
                        case "--warmup" -> warmup = number(name, value);
                        case "--rate" -> rate = number(name, value);
                        case "--in-flight" -> inFlight = number(name, value);
                        case "--prefetch" -> prefetch = number(name, value);
                        case "--body-size" -> body = number(name, value);
                        case "--ack-every" -> ackEvery = number(name, value);
                        default -> throw new IllegalArgumentException("unknown option " + name);
                    }
                }
            }
        }
        if (quick) {
            rounds = 1;
            seconds = 5;
        }
        // a short run keeps a proportionally short warm-up so something is left to measure
        int warm = warmup != null ? warmup : Math.min(DEFAULTS.warmupSeconds, seconds / 4);
        return new BenchOptions(rounds, seconds, warm, rate, inFlight, prefetch, body, ackEvery, likeAgora, help);
    }

    static String usage() {
        return String.format(
                Locale.ROOT,
                """
                usage: agora bench messaging [options]
                  Agora (publish -> @EventHandler) against RabbitMQ PerfTest on the same broker, alternating runs:
                  max throughput and consumer latency at a fixed rate; persistent, confirms, mandatory,
                  manual ack, quorum queue, 1 producer + 1 consumer.
                  --rounds N       pairs of runs per scenario (default %d)
                  --seconds S      length of each run (default %d)
                  --warmup S       seconds left out of a throughput figure (default %d, less on short runs)
                  --rate R         msg/s of the latency scenario (default %d)
                  --in-flight N    unconfirmed messages in flight (default %d)
                  --prefetch N     consumer prefetch (default %d)
                  --body-size B    message body in bytes (default %d)
                  --ack-every N    acknowledge deliveries N at a time, both sides (default %d, Agora's default)
                  --perftest-like-agora
                                   PerfTest publishes through Agora's topic exchange (bound on to the log
                                   exchange) with Agora's message properties: compares the library alone
                  --quick          smoke run: 1 round, 5 s each
                """,
                DEFAULTS.rounds,
                DEFAULTS.seconds,
                DEFAULTS.warmupSeconds,
                DEFAULTS.rate,
                DEFAULTS.inFlight,
                DEFAULTS.prefetch,
                DEFAULTS.bodyBytes,
                DEFAULTS.ackEvery);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive");
    }
}
