package dev.agora.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The demo's output. On a terminal a spinner line with the time waited so far turns while the demo waits, and
 * lines printed meanwhile go above it; otherwise (a pipe, a file, {@code --plain}) every line is printed once, and
 * a long wait says every few seconds that it is still waiting.
 */
final class Display {

    static final String OK = "✓";
    static final String FAILED = "✗";
    private static final String INDENT = "      ";
    private static final String[] FRAMES = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    private static final String CLEAR_LINE = "\r\u001b[2K";

    private final PrintStream out;
    private final Style style;
    private final boolean live;
    private final Duration plainReminder;
    private final LongSupplier nanoTime;
    private @Nullable Waiting waiting;

    Display(PrintStream out, Style style, boolean live) {
        this(out, style, live, Duration.ofSeconds(10), System::nanoTime);
    }

    Display(PrintStream out, Style style, boolean live, Duration plainReminder, LongSupplier nanoTime) {
        this.out = out;
        this.style = style;
        this.live = live;
        this.plainReminder = plainReminder;
        this.nanoTime = nanoTime;
    }

    Style style() {
        return style;
    }

    /** A line of its own, not indented. */
    void heading(String text) {
        print(style.bold(text));
    }

    void blank() {
        print("");
    }

    /** {@code [3/7] An ASYNC order, followed live}. */
    void step(int number, int of, String title) {
        print("");
        print(style.cyan(style.bold("[" + number + "/" + of + "]")) + " " + style.bold(title));
    }

    /** A line of the current step. */
    void info(String text) {
        print(INDENT + text);
    }

    void ok(String text) {
        print(INDENT + style.green(OK) + " " + text);
    }

    void failed(String text) {
        print(INDENT + style.red(FAILED) + " " + text);
    }

    /** A line not indented as far as a step's, such as a row of a table. */
    void raw(String text) {
        print(text);
    }

    /**
     * Says what the demo waits for until the returned waiting is closed: a spinner with the time so far on a
     * terminal, a line now and a reminder now and then otherwise.
     */
    Waiting waitFor(String what) {
        var started = new Waiting(what, nanoTime.getAsLong());
        synchronized (this) {
            waiting = started;
            if (!live) {
                out.println(INDENT + style.dim("… " + what));
                out.flush();
            } else {
                draw(started);
            }
        }
        Thread.ofPlatform().daemon().name("demo-spinner").start(() -> tick(started));
        return started;
    }

    private void tick(Waiting current) {
        long pause = live ? 100 : plainReminder.toMillis();
        while (true) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (waiting != current) {
                    return;
                }
                current.frame++;
                if (live) {
                    draw(current);
                } else {
                    out.println(INDENT + style.dim("… still waiting, " + Format.duration(current.elapsed())));
                    out.flush();
                }
            }
        }
    }

    private synchronized void print(String line) {
        if (live && waiting != null) {
            out.print(CLEAR_LINE);
        }
        out.println(line);
        if (live && waiting != null) {
            draw(waiting);
        }
        out.flush();
    }

    private void draw(Waiting current) {
        // a spinner line that wrapped could not be cleared: keep it short (terminals are 80 columns at least)
        var what = current.what.length() > 60 ? current.what.substring(0, 59) + "…" : current.what;
        out.print(CLEAR_LINE + INDENT + style.cyan(FRAMES[current.frame % FRAMES.length]) + " " + what + " "
                + style.dim(Format.duration(current.elapsed())));
        out.flush();
    }

    /** A wait in progress; closing it takes the spinner away. */
    final class Waiting implements AutoCloseable {

        private final String what;
        private final long startedNanos;
        private int frame;

        private Waiting(String what, long startedNanos) {
            this.what = what;
            this.startedNanos = startedNanos;
        }

        Duration elapsed() {
            return Duration.ofNanos(nanoTime.getAsLong() - startedNanos);
        }

        @Override
        public void close() {
            synchronized (Display.this) {
                if (waiting == this) {
                    waiting = null;
                    if (live) {
                        out.print(CLEAR_LINE);
                        out.flush();
                    }
                }
            }
        }
    }
}
