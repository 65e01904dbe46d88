package dev.agora.launcher.supervise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = Backoff.standard();

    @Test
    void delayDoublesWithEachCrashInARowUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(backoff::delayAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aLongRowOfCrashesStaysAtTheCapWithoutOverflowing() {
        assertThat(backoff.delayAfter(10_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aMinuteUpEndsTheRowOfCrashes() {
        assertThat(backoff.stayedUp(Duration.ofSeconds(59))).isFalse();
        assertThat(backoff.stayedUp(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void givesUpAfterFiveCrashesInARow() {
        assertThat(backoff.givesUp(4)).isFalse();
        assertThat(backoff.givesUp(5)).isTrue();
    }

    @Test
    void refusesACapBelowTheFirstDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(60), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
