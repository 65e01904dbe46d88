package dev.agora.demo;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.web.client.RestClientResponseException;

/** How the steps wait for what arrives by events, a moment after the call that caused it. */
final class Patience {

    /** How long the other services may take to hear of new users and products through their events. */
    private static final Duration LEARNING = Duration.ofSeconds(60);

    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private Patience() {}

    /** Calls until the service takes it: the copies other services keep arrive by events, a moment later. */
    static <T> T untilAccepted(Supplier<T> call) {
        long deadline = System.nanoTime() + LEARNING.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (RestClientResponseException notYet) {
                if (notYet.getStatusCode().is5xxServerError() || System.nanoTime() > deadline) {
                    throw notYet;
                }
                pause();
            }
        }
    }

    static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
