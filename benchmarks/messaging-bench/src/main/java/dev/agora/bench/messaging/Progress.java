package dev.agora.bench.messaging;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The line that shows a run is alive, e.g. {@code [agora round 2/3 throughput] 12s 14,200 msg/s}. On a
 * terminal it is rewritten in place; into a file or pipe it is printed every few seconds.
 */
final class Progress {

    private static final int PIPED_EVERY_SECONDS = 5;

    private final PrintStream out;
    private final boolean terminal;

    Progress(PrintStream out) {
        this.out = out;
        var console = System.console();
        this.terminal = console != null && console.isTerminal();
    }

    static String label(Side side, int round, int rounds, Scenario scenario) {
        return String.format(
                Locale.ROOT,
                "[%s round %d/%d %s]",
                side.label(),
                round,
                rounds,
                scenario.name().toLowerCase(Locale.ROOT));
    }

    static String line(String label, int second, double msgPerSecond) {
        return String.format(Locale.ROOT, "%s %ds %,d msg/s", label, second, Math.round(msgPerSecond));
    }

    synchronized void second(String label, int second, double msgPerSecond) {
        if (terminal) {
            out.print("\r" + line(label, second, msgPerSecond) + "      ");
            out.flush();
        } else if (second % PIPED_EVERY_SECONDS == 0) {
            out.println(line(label, second, msgPerSecond));
        }
    }

    /** Passes on a line a side printed (a warning, a failure). */
    synchronized void note(String label, String line) {
        if (terminal) out.print("\r");
        out.println(label + " " + line);
    }

    /** Closes a run with its figures on one line. */
    synchronized void done(String label, String figures) {
        if (terminal) out.print("\r");
        out.println(label + " " + figures + (terminal ? "                    " : ""));
    }
}
