package dev.agora.bench.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A side's JVM reports the last second's consumed rate on this line, so the benchmark shows the run is alive. */
record ChildProgress(int second, double msgPerSecond) {

    private static final Pattern LINE = Pattern.compile("^progress second=([0-9]+) msg/s=([0-9.]+)$");

    String line() {
        return String.format(Locale.ROOT, "progress second=%d msg/s=%.1f", second, msgPerSecond);
    }

    static Optional<ChildProgress> parse(String line) {
        var m = LINE.matcher(line.strip());
        return m.matches()
                ? Optional.of(new ChildProgress(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2))))
                : Optional.empty();
    }
}
