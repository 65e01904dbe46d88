package dev.agora.bench.messaging;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of a side's own JVM: {@code --side <side> <scenario> <vhost> <options>}. It runs one
 * measured run and prints {@link ChildProgress} lines while it goes and one {@link ChildReport} line at the
 * end; anything else it prints is passed on to the benchmark's console as is.
 */
final class SideMain {

    static final String FLAG = "--side";

    private SideMain() {}

    /** The arguments {@link #run} reads. */
    static List<String> arguments(Side side, Scenario scenario, String vhost, BenchOptions options) {
        var args = new ArrayList<>(List.of(FLAG, side.label(), scenario.name(), vhost));
        args.addAll(options.childArguments());
        return args;
    }

    static int run(String[] args, PrintStream out) {
        var side = Side.of(args[1]);
        var scenario = Scenario.valueOf(args[2].toUpperCase(Locale.ROOT));
        var setting = new SideRun.Setting(
                BenchVhost.existing(args[3]), BenchOptions.parse(Arrays.copyOfRange(args, 4, args.length)), out);
        SideRun run = switch (side) {
            case AGORA -> new AgoraRun(setting);
            case PERFTEST, PERFTEST_PLAIN -> new PerfTestRun(setting, side);
            case SPRING_AMQP -> SpringAmqpRun.of(setting);
            case SPRING_CLOUD_STREAM -> SpringCloudStreamRun.of(setting);
        };
        try {
            out.println(run.run(scenario).line());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            e.printStackTrace(out);
            return 1;
        }
    }
}
