package dev.agora.launcher.supervise;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.process.Restart;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One supervised service: its current process, if any, and its story of exits and restarts. */
final class Watched {

    final AgoraService service;
    /** The process the supervisor started: only of those does it learn the exit code. */
    private Optional<Process> child = Optional.empty();

    private Optional<ProcessHandle> process = Optional.empty();
    private Instant startedAt = Instant.EPOCH;
    private int restarts;
    private int crashesInRow;
    private OptionalInt lastExit = OptionalInt.empty();
    private Optional<Instant> lastExitAt = Optional.empty();
    private Optional<Instant> restartAt = Optional.empty();
    private boolean gaveUp;
    /** Set when a restart was asked for: the exit that follows is no crash. */
    private Optional<Instant> stopAskedAt = Optional.empty();

    Watched(AgoraService service) {
        this.service = service;
    }

    void adopt(ProcessHandle running, Instant now) {
        child = Optional.empty();
        process = Optional.of(running);
        startedAt = running.info().startInstant().orElse(now);
    }

    void started(Process started, Instant now) {
        child = Optional.of(started);
        process = Optional.of(started.toHandle());
        startedAt = now;
        restartAt = Optional.empty();
    }

    /** A start asked for by up: the story begins again. */
    void startAfresh() {
        restarts = 0;
        crashesInRow = 0;
        gaveUp = false;
        lastExit = OptionalInt.empty();
        lastExitAt = Optional.empty();
        restartAt = Optional.empty();
    }

    boolean alive() {
        return process.filter(ProcessHandle::isAlive).isPresent();
    }

    /** True once when the process has ended since the last call: then the exit is recorded. */
    boolean endedJustNow(Instant now) {
        if (process.isEmpty() || process.get().isAlive()) {
            return false;
        }
        lastExit = child.map(p -> OptionalInt.of(p.exitValue())).orElse(OptionalInt.empty());
        lastExitAt = Optional.of(now);
        process = Optional.empty();
        child = Optional.empty();
        return true;
    }

    Duration lived(Instant now) {
        return Duration.between(startedAt, now);
    }

    void askToStop(Instant now) {
        stopAskedAt = Optional.of(now);
        process.ifPresent(ProcessHandle::destroy);
    }

    /** SIGKILL for a process that outlived the grace after being asked to stop. */
    void killIfStopTakesLongerThan(Duration grace, Instant now) {
        if (stopAskedAt.filter(at -> now.isAfter(at.plus(grace))).isPresent()) {
            process.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** True (once) when the last exit was asked for. */
    boolean stopWasAsked() {
        boolean asked = stopAskedAt.isPresent();
        stopAskedAt = Optional.empty();
        return asked;
    }

    int crashed(Backoff backoff, Duration lived) {
        crashesInRow = backoff.stayedUp(lived) ? 1 : crashesInRow + 1;
        return crashesInRow;
    }

    /** Ends a row of crashes; true if there was one. */
    boolean stayedUp() {
        boolean hadCrashes = crashesInRow > 0;
        crashesInRow = 0;
        return hadCrashes;
    }

    int crashesInRow() {
        return crashesInRow;
    }

    void restartAt(Instant at) {
        restartAt = Optional.of(at);
    }

    boolean restartDue(Instant now) {
        return process.isEmpty()
                && !gaveUp
                && restartAt.filter(at -> !now.isBefore(at)).isPresent();
    }

    void giveUp() {
        gaveUp = true;
        restartAt = Optional.empty();
    }

    Restart nextRestart(Instant now) {
        restarts++;
        return new Restart(restarts, lastExit, now);
    }

    Optional<ProcessHandle> process() {
        return process;
    }

    Supervision supervision() {
        Supervision.Phase phase = gaveUp
                ? Supervision.Phase.GAVE_UP
                : process.isPresent() ? Supervision.Phase.RUNNING : Supervision.Phase.WAITING;
        return new Supervision(service.name(), phase, restarts, lastExit, lastExitAt, crashesInRow, restartAt);
    }
}
