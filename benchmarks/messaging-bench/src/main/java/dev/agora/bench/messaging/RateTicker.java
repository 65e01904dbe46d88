package dev.agora.bench.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Reports the consumed rate of the last second while a run is going. */
final class RateTicker implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bench-progress").daemon().factory());
    private final long start = System.nanoTime();
    private long lastCount;
    private long lastTime = start;

    RateTicker(LongSupplier consumed, Consumer<ChildProgress> sink) {
        lastCount = consumed.getAsLong();
        timer.scheduleAtFixedRate(
                () -> {
                    long count = consumed.getAsLong();
                    long now = System.nanoTime();
                    double rate = (count - lastCount) * 1e9 / Math.max(1, now - lastTime);
                    lastCount = count;
                    lastTime = now;
                    sink.accept(new ChildProgress((int) Math.round((now - start) / 1e9), rate));
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
