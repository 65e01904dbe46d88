package dev.agora.bench.orders;

import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./agora bench orders}: the seven shop services as processes on a vhost and database of their own, orders
 * offered at a fixed rate, sync against async in the same run, with a fast, a slow (200 ms) and a failing (10 %)
 * payment provider. Prints a table and writes it with a chart to the reports folder.
 */
public final class OrdersBenchmark {

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("SYNC", Duration.ZERO, 0),
            new Scenario("ASYNC", Duration.ZERO, 0),
            new Scenario("SYNC", Duration.ofMillis(200), 0),
            new Scenario("ASYNC", Duration.ofMillis(200), 0),
            new Scenario("SYNC", Duration.ZERO, 0.1),
            new Scenario("ASYNC", Duration.ZERO, 0.1));

    private final BenchOptions options;
    private final PrintStream out;

    OrdersBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchOptions.usage());
            return;
        }
        System.exit(new OrdersBenchmark(options, System.out).run());
    }

    int run() throws InterruptedException, IOException {
        out.println("Starting the shop (7 services) on a vhost and database of its own …");
        var logs = options.reports().resolve("orders-bench-logs");
        try (var shop = RunningShop.start(
                        Path.of("services/shop"),
                        logs,
                        Map.of("AGORA_SHOP_ORDER_PAYMENT_TIMEOUT", "PT2M"),
                        jvmArguments(logs));
                var outcomes = new OrderOutcomes(shop.vhost())) {
            var http = shop.operatorClient();
            var api = new ShopApi(shop, http);
            var fixture = new ShopFixture(shop, http);
            fixture.create(20, 10, 10_000_000);
            out.printf(
                    "Shop ready (logs in %s). %d orders/s, %d s per scenario after %d s of warm-up.%n",
                    logs,
                    options.rate(),
                    options.duration().toSeconds(),
                    options.warmup().toSeconds());
            var load = new LoadRun(http, shop.url(ShopService.ORDER) + "/api/orders", fixture, outcomes);
            var progress = new Progress(out);
            // the seven JVMs start cold: without this the first scenarios measure the JIT compiler, not the shop
            out.printf(
                    "Warming up the shop: %d s of sync and async orders …%n",
                    options.jitWarmup().toSeconds());
            load.run(new Scenario("SYNC", Duration.ZERO, 0), options.rate(), options.jitWarmup(), progress);
            load.run(new Scenario("ASYNC", Duration.ZERO, 0), options.rate(), options.jitWarmup(), progress);
            var results = new ArrayList<ScenarioResult>();
            for (var scenario : SCENARIOS) {
                if (!options.mode().isEmpty() && !scenario.mode().equals(options.mode())) {
                    continue;
                }
                api.sandbox(scenario.paymentLatency(), scenario.paymentFailureRate());
                load.run(scenario, options.rate(), options.warmup(), progress);
                var result = load.run(scenario, options.rate(), options.duration(), progress);
                progress.done(scenario.label() + ": done");
                results.add(result);
            }
            var report = new Report(results, options.rate());
            out.println();
            out.print(report.table());
            out.println();
            out.print(report.targets());
            report.write(options.reports());
            out.println("Written: " + options.reports().resolve("orders-bench.md") + ", "
                    + options.reports().resolve("orders-bench.png"));
            return 0;
        }
    }

    /** The launcher's settings for a service; with --profile, a flight recording per service process too. */
    private List<String> jvmArguments(Path logs) {
        var arguments = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xmx384m"));
        if (options.profile()) {
            arguments.add("-XX:StartFlightRecording=settings=profile,filename="
                    + logs.toAbsolutePath().resolve("service-%p.jfr"));
        }
        return arguments;
    }
}
