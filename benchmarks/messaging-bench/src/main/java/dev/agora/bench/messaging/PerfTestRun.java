package dev.agora.bench.messaging;

import com.rabbitmq.perf.PerfTest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One measured PerfTest run through {@code PerfTest.main(args, options)}, which reports its exit status
 * instead of calling {@code System.exit}. Same broker, vhost and settings as the other sides.
 */
record PerfTestRun(SideRun.Setting setting, Side side) implements SideRun {

    /**
     * The PerfTest command line equivalent to Agora's settings.
     *
     * @param likeAgora through Agora's exchanges with Agora's properties (the reference), or plainly
     */
    static List<String> arguments(String uri, BenchOptions options, Scenario scenario, boolean likeAgora) {
        var args = new ArrayList<>(List.of(
                "-h",
                uri,
                "--id",
                "perftest-" + scenario.name().toLowerCase(Locale.ROOT),
                "-x",
                "1",
                "-y",
                "1",
                "-s",
                String.valueOf(options.bodyBytes()),
                "-f",
                "persistent",
                "-f",
                "mandatory",
                "-c",
                String.valueOf(options.inFlight()),
                "-q",
                String.valueOf(options.prefetch()),
                // no -a: manual ack after the message is handled, as Agora's dispatcher does
                "-qq",
                "-u",
                Side.PERFTEST.queue(),
                "-z",
                String.valueOf(options.seconds())));
        if (likeAgora) {
            args.addAll(AgoraLikeTopology.perfTestArguments());
        }
        if (options.ackEvery() > 1) {
            args.addAll(List.of("-A", String.valueOf(options.ackEvery())));
        }
        if (scenario == Scenario.LATENCY) {
            args.addAll(List.of("-r", String.valueOf(options.rate())));
        }
        return args;
    }

    @Override
    public ChildReport run(Scenario scenario) {
        var output = new StringBuilder();
        var exitStatus = new AtomicInteger(-1);
        var options = setting.options();
        var out = setting.out();
        int warmup = options.warmupSeconds();
        // CPU from the end of the warm-up, as on the other sides: the line stamped <warmup> s marks it
        var cpuMark = new AtomicLong(warmup == 0 ? CpuClock.processNanos() : -1);
        var console = new PrintStream(
                new LineSink(line -> {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    PerfTestReport.parseSecond(line).ifPresent(s -> {
                        if (PerfTestReport.endsWarmUp(s.time(), warmup)) {
                            cpuMark.compareAndSet(-1, CpuClock.processNanos());
                        }
                        out.println(new ChildProgress((int) Math.round(s.time()), s.received()).line());
                    });
                }),
                true,
                StandardCharsets.UTF_8);
        // PerfTest prints some lines ("starting consumer #0") straight to System.out: keep them in the capture
        var systemOut = System.out;
        System.setOut(console);
        try {
            var args = arguments(setting.vhost().amqpUri(), options, scenario, side == Side.PERFTEST);
            PerfTest.main(
                    args.toArray(String[]::new),
                    new PerfTest.PerfTestOptions()
                            .setSystemExiter(exitStatus::set)
                            .setConsoleOut(console)
                            .setConsoleErr(console));
        } finally {
            System.setOut(systemOut);
            console.close();
        }
        long cpuEnd = CpuClock.processNanos();
        String text;
        synchronized (output) {
            text = output.toString();
        }
        if (exitStatus.get() != 0) {
            throw new IllegalStateException("PerfTest exited with " + exitStatus.get() + ":\n" + text);
        }
        var report = PerfTestReport.parse(text);
        if (cpuMark.get() < 0) throw new IllegalStateException("PerfTest printed no line past the warm-up:\n" + text);
        long cpu = cpuEnd - cpuMark.get();
        return new ChildReport(
                report.steadyRate(warmup),
                report.steadyP50Micros(warmup),
                report.steadyP99Micros(warmup),
                cpu,
                report.messagesAfter(warmup, options.seconds()));
    }
}
