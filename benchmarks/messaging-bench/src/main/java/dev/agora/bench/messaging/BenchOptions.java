package dev.agora.bench.messaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@code agora bench messaging}. Every side always runs with the same settings, so every
 * option here applies to all of them alike.
 *
 * @param rounds alternating rounds (one run of each side) per scenario
 * @param seconds length of each measured run
 * @param warmupSeconds first seconds of every run left out of all its figures (msg/s, latency, CPU)
 * @param rate publishing rate of the latency scenario, msg/s
 * @param inFlight unconfirmed messages allowed: PerfTest {@code -c}, Agora's max-in-flight on one channel, the
 *     Spring peers' confirm window
 * @param prefetch consumer prefetch: PerfTest {@code -q}, {@code agora.messaging.prefetch}, the binders' prefetch
 * @param bodyBytes message body size: PerfTest {@code -s}, the Agora envelope's JSON size, the peers' JSON
 * @param ackEvery deliveries acknowledged together: PerfTest {@code -A}, {@code agora.messaging.acks.batch-size};
 *     1 acknowledges each message on its own (the Spring peers always do, as their guides show)
 * @param sides who runs, in this order within a round
 * @param reports where the table and the chart go; null writes none
 * @param profile record a Java Flight Recording of each Agora run into {@code reports/messaging-bench-logs}
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
        List<Side> sides,
        Path reports,
        boolean profile,
        boolean help) {

    static final BenchOptions DEFAULTS = new BenchOptions(
            3, 12, 3, 1000, 100, 250, 1000, 50, List.of(Side.values()), Path.of("reports"), false, false);

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
        sides = List.copyOf(sides);
        if (!sides.contains(Side.AGORA) || !sides.contains(Side.PERFTEST)) {
            throw new IllegalArgumentException("--sides must name agora and perftest (the reference)");
        }
        if (profile && reports == null) throw new IllegalArgumentException("--profile needs --reports");
    }

    static BenchOptions parse(String... args) {
        var d = DEFAULTS;
        int rounds = d.rounds, seconds = d.seconds, rate = d.rate, inFlight = d.inFlight, prefetch = d.prefetch;
        int body = d.bodyBytes, ackEvery = d.ackEvery;
        Integer warmup = null;
        List<Side> sides = d.sides;
        Path reports = d.reports;
        boolean quick = false, help = false, profile = false;
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--quick" -> quick = true;
                case "--profile" -> profile = true;
                case "--no-reports" -> reports = null;
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
                        case "--sides" ->
                            sides = Arrays.stream(value.split(","))
                                    .map(Side::of)
                                    .toList();
                        case "--reports" -> reports = Path.of(value);
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
        int warm = warmup != null ? warmup : Math.min(d.warmupSeconds, seconds / 4);
        return new BenchOptions(
                rounds, seconds, warm, rate, inFlight, prefetch, body, ackEvery, sides, reports, profile, help);
    }

    /** The options a side's JVM needs to run exactly like this, as a command line {@link #parse} reads back. */
    List<String> childArguments() {
        var args = new ArrayList<>(List.of(
                "--rounds=" + rounds,
                "--seconds=" + seconds,
                "--warmup=" + warmupSeconds,
                "--rate=" + rate,
                "--in-flight=" + inFlight,
                "--prefetch=" + prefetch,
                "--body-size=" + bodyBytes,
                "--ack-every=" + ackEvery));
        args.add("--no-reports");
        return args;
    }

    static String usage() {
        return String.format(
                Locale.ROOT,
                """
                usage: agora bench messaging [options]
                  Agora (publish -> @EventHandler) against RabbitMQ PerfTest through the same conventions (the
                  reference), plain PerfTest (information), Spring AMQP and Spring Cloud Stream, on the same
                  broker in alternating runs, each side in its own JVM: max throughput, consumer latency at a
                  fixed rate, client CPU per message; persistent, confirms, mandatory, manual ack, quorum
                  queue, 1 producer + 1 consumer.
                  --rounds N       rounds (one run of each side) per scenario (default %d)
                  --seconds S      length of each run (default %d)
                  --warmup S       seconds left out of every run's figures (default %d, less on short runs)
                  --rate R         msg/s of the latency scenario (default %d)
                  --in-flight N    unconfirmed messages in flight (default %d)
                  --prefetch N     consumer prefetch (default %d)
                  --body-size B    message body in bytes (default %d)
                  --ack-every N    acknowledge deliveries N at a time, Agora and PerfTest (default %d, Agora's)
                  --sides LIST     who runs, comma-separated (default %s)
                  --reports DIR    where messaging-bench.md and its chart go (default %s); --no-reports: none
                  --profile        a flight recording of each Agora run, in DIR/messaging-bench-logs
                                   (read with: jfr view hot-methods <file>)
                  --quick          smoke run: 1 round, 5 s each
                """,
                DEFAULTS.rounds,
                DEFAULTS.seconds,
                DEFAULTS.warmupSeconds,
                DEFAULTS.rate,
                DEFAULTS.inFlight,
                DEFAULTS.prefetch,
                DEFAULTS.bodyBytes,
                DEFAULTS.ackEvery,
                String.join(",", DEFAULTS.sides.stream().map(Side::label).toList()),
                DEFAULTS.reports);
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
