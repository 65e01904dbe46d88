package dev.agora.bench.orders;

import java.io.PrintStream;

/** One line that rewrites itself while a scenario runs. */
final class Progress {

    private final PrintStream out;
    private long lastPrinted;

    Progress(PrintStream out) {
        this.out = out;
    }

    void tick(Scenario scenario, long sent, long total) {
        long now = System.nanoTime();
        if (now - lastPrinted > 500_000_000L || sent == total) {
            lastPrinted = now;
            out.printf("\r  %-28s %6d / %d orders sent", scenario.label(), sent, total);
            out.flush();
        }
    }

    void done(String text) {
        out.printf("\r  %-70s%n", text);
    }
}
