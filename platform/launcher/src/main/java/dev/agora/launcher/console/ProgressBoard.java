package dev.agora.launcher.console;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line per item (a service starting, a cache being trained, a build) while it progresses. On a terminal the lines
 * are redrawn in place; in a pipe or CI log a line is printed only when an item changes phase, so logs do not fill up
 * with counters. Safe to update from a ticking thread.
 */
public final class ProgressBoard {

    private static final String CURSOR_UP = "\033[%dA";
    private static final String CLEAR_LINE = "\r\033[2K";

    private final PrintWriter out;
    private final boolean redraw;
    private final int nameWidth;
    private final Map<String, String> lines = new LinkedHashMap<>();
    private final Map<String, String> printedPhases = new HashMap<>();
    private boolean drawn;

    public ProgressBoard(PrintWriter out, boolean redraw, List<String> services) {
        this.out = out;
        this.redraw = redraw;
        this.nameWidth = services.stream().mapToInt(String::length).max().orElse(0);
        services.forEach(service -> lines.put(service, ""));
    }

    /** Redraws in place only on a real terminal that understands ANSI escapes. */
    public static ProgressBoard forConsole(PrintWriter out, List<String> services) {
        var console = System.console();
        boolean terminal = console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
        return new ProgressBoard(out, terminal, services);
    }

    /** {@code phase} is what the service is doing ("starting…"); {@code detail} changes within a phase ("12 s"). */
    public synchronized void update(String service, String phase, String detail) {
        String line = String.format("  %-" + nameWidth + "s  %s %s", service, phase, detail);
        lines.put(service, line.stripTrailing());
        if (redraw) {
            drawAll();
        } else if (!phase.equals(printedPhases.put(service, phase))) {
            out.println(lines.get(service));
        }
        out.flush();
    }

    private void drawAll() {
        if (drawn) {
            out.printf(CURSOR_UP, lines.size());
        }
        lines.values().forEach(line -> out.print(CLEAR_LINE + line + System.lineSeparator()));
        drawn = true;
    }
}
