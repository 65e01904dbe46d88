package dev.agora.launcher.process;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** SIGTERM first so Spring shuts down gracefully, then SIGKILL for whatever outlives the grace period. */
public final class ProcessStopper {

    private final Duration grace;

    public ProcessStopper(Duration grace) {
        this.grace = grace;
    }

    public void stop(Collection<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : processes) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            try {
                process.onExit().get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
