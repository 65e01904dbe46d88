package dev.agora.launcher.console;

import java.time.Duration;
import java.util.function.LongConsumer;

/** Calls back with the elapsed seconds, at once and then every second, until closed: progress for a blocking call. */
public final class Ticker implements AutoCloseable {

    private final Thread thread;

    private Ticker(LongConsumer elapsedSeconds) {
        long startedAt = System.nanoTime();
        this.thread = Thread.ofVirtual().name("agora-ticker").start(() -> {
            try {
                while (true) {
                    elapsedSeconds.accept(
                            Duration.ofNanos(System.nanoTime() - startedAt).toSeconds());
                    Thread.sleep(Duration.ofSeconds(1));
                }
            } catch (InterruptedException closed) {
                // closed: the call it reported on is over
            }
        });
    }

    public static Ticker start(LongConsumer elapsedSeconds) {
        return new Ticker(elapsedSeconds);
    }

    /** Returns once the last callback has finished, so the caller can print after it without interleaving. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
