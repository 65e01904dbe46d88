package dev.agora.bench.orders;

import java.nio.file.Path;
import java.time.Duration;

/** The command line of {@code ./agora bench orders}. */
record BenchOptions(
        int rate,
        Duration duration,
        Duration warmup,
        Duration jitWarmup,
        Path reports,
        String mode,
        boolean profile,
        boolean help) {

    static String usage() {
        return """
                usage: ./agora bench orders [--rate <orders/s>] [--seconds <n>] [--warmup <n>] [--reports <dir>] [--quick]
                  --rate     orders per second offered, open loop (default 200)
                  --seconds  measured seconds per scenario (default 20)
                  --warmup   unmeasured seconds before each scenario (default 15)
                  --jit-warmup  unmeasured seconds of sync and of async orders before all (default 45)
                  --reports  where the table and the chart go (default reports)
                  --mode     only SYNC or only ASYNC scenarios (default both)
                  --profile  record a Java Flight Recording of every service (in <reports>/orders-bench-logs)
                  --quick    --seconds 5 --warmup 2 --jit-warmup 10
                """;
    }

    static BenchOptions parse(String... args) {
        int rate = 200;
        int seconds = 20;
        int warmup = 15;
        int jitWarmup = 45;
        Path reports = Path.of("reports");
        String mode = "";
        boolean profile = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = positive("--rate", value(args, ++i));
                case "--seconds" -> seconds = positive("--seconds", value(args, ++i));
                case "--warmup" -> warmup = positive("--warmup", value(args, ++i));
                case "--jit-warmup" -> jitWarmup = positive("--jit-warmup", value(args, ++i));
                case "--reports" -> reports = Path.of(value(args, ++i));
                case "--mode" -> mode = value(args, ++i).toUpperCase(java.util.Locale.ROOT);
                case "--quick" -> {
                    seconds = 5;
                    warmup = 2;
                    jitWarmup = 10;
                }
                case "--profile" -> profile = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new BenchOptions(
                rate,
                Duration.ofSeconds(seconds),
                Duration.ofSeconds(warmup),
                Duration.ofSeconds(jitWarmup),
                reports,
                mode,
                profile,
                help);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, not '" + value + "'");
    }
}
