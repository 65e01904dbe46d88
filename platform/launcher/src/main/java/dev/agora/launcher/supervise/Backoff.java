package dev.agora.launcher.supervise;

import java.time.Duration;

/**
 * How long the supervisor waits before restarting a service that died: doubling from {@code first} up to {@code cap}
 * for each crash in a row, the row ending once a service stayed up for {@code stableAfter}; after
 * {@code giveUpAfter} crashes in a row it stops trying, since the service cannot start as things are.
 */
public record Backoff(Duration first, Duration cap, Duration stableAfter, int giveUpAfter) {

    public Backoff {
        if (first.isNegative() || cap.compareTo(first) < 0 || giveUpAfter < 1) {
            throw new IllegalArgumentException("backoff needs 0 <= first <= cap and giveUpAfter >= 1");
        }
    }

    /** 1 s, 2 s, 4 s … 30 s; a minute up ends a row of crashes; five crashes in a row and it gives up. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), 5);
    }

    /** The wait before the restart that follows the {@code crashesInRow}-th crash in a row (counted from 1). */
    public Duration delayAfter(int crashesInRow) {
        Duration delay = first;
        for (int i = 1; i < crashesInRow && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** A crash after this long up starts a new row instead of lengthening the current one. */
    public boolean stayedUp(Duration lived) {
        return lived.compareTo(stableAfter) >= 0;
    }

    public boolean givesUp(int crashesInRow) {
        return crashesInRow >= giveUpAfter;
    }
}
