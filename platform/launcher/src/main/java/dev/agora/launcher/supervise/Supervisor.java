package dev.agora.launcher.supervise;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.process.Restart;
import dev.agora.launcher.process.ServiceStarter;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Keeps the services it was asked to run running: a process that dies is started again after a {@link Backoff}
 * delay, until too many crashes in a row. One tick reads the requests, then looks at every service once.
 */
public final class Supervisor {

    private final ServiceCatalog catalog;
    private final ServiceStarter starter;
    private final Backoff backoff;
    private final Duration stopGrace;
    private final SupervisionFiles files;
    private final SupervisorRequests requests;
    private final PrintWriter log;
    private final Map<String, Watched> watched = new LinkedHashMap<>();

    public Supervisor(
            ServiceCatalog catalog,
            ServiceStarter starter,
            Backoff backoff,
            Duration stopGrace,
            SupervisionFiles files,
            SupervisorRequests requests,
            PrintWriter log) {
        this.catalog = catalog;
        this.starter = starter;
        this.backoff = backoff;
        this.stopGrace = stopGrace;
        this.files = files;
        this.requests = requests;
        this.log = log;
    }

    /** Supervises a service that already runs (started before this supervisor): its exit code stays unknown. */
    public void adopt(AgoraService service, ProcessHandle running) {
        var entry = watched.computeIfAbsent(service.name(), name -> new Watched(service));
        entry.adopt(running, Instant.now());
        note(service, "supervising pid " + running.pid() + " (already running)");
        files.write(entry.supervision());
    }

    /** Ticks until {@code keepGoing} says no. */
    public void run(BooleanSupplier keepGoing, Duration interval) throws InterruptedException {
        while (keepGoing.getAsBoolean()) {
            tick();
            Thread.sleep(interval);
        }
    }

    public void tick() {
        requests.take()
                .forEach(request -> catalog.find(request.service())
                        .ifPresentOrElse(
                                service -> handle(service, request.action()),
                                () -> line("ignored a request for unknown service " + request.service())));
        Instant now = Instant.now();
        watched.values().forEach(entry -> look(entry, now));
    }

    /** The process of a supervised service, if it runs. */
    public Optional<ProcessHandle> process(String service) {
        return Optional.ofNullable(watched.get(service)).flatMap(Watched::process);
    }

    private void handle(AgoraService service, SupervisorRequests.Action action) {
        var entry = watched.computeIfAbsent(service.name(), name -> new Watched(service));
        Instant now = Instant.now();
        switch (action) {
            case START -> {
                if (entry.alive()) {
                    note(service, "already running");
                    return;
                }
                entry.startAfresh();
                start(entry, now);
            }
            case RESTART -> {
                if (entry.alive()) {
                    note(service, "stopping for a restart, as asked");
                    entry.askToStop(now);
                } else {
                    entry.stayedUp();
                    restart(entry, now);
                }
            }
        }
    }

    private void look(Watched entry, Instant now) {
        if (entry.alive()) {
            entry.killIfStopTakesLongerThan(stopGrace, now);
            if (backoff.stayedUp(entry.lived(now)) && entry.stayedUp()) {
                note(entry.service, "up for " + backoff.stableAfter().toSeconds() + " s: crashes forgotten");
                files.write(entry.supervision());
            }
        } else if (entry.endedJustNow(now)) {
            ended(entry, now);
        } else if (entry.restartDue(now)) {
            restart(entry, now);
        }
    }

    private void ended(Watched entry, Instant now) {
        Duration lived = entry.lived(now);
        String exit = "exited with code " + entry.supervision().exitLabel() + " after " + lived.toSeconds() + " s";
        if (entry.stopWasAsked()) {
            note(entry.service, exit + ", as asked: restarting now");
            restart(entry, now);
            return;
        }
        int crashes = entry.crashed(backoff, lived);
        if (backoff.givesUp(crashes)) {
            entry.giveUp();
            note(entry.service, exit + ": " + crashes + " crashes in a row, giving up (./agora up starts it again)");
        } else {
            Duration delay = backoff.delayAfter(crashes);
            entry.restartAt(now.plus(delay));
            note(entry.service, exit + ": restarting in " + delay.toMillis() + " ms (crash " + crashes + " in a row)");
        }
        files.write(entry.supervision());
    }

    private void start(Watched entry, Instant now) {
        launch(entry, now, Optional.empty());
    }

    private void restart(Watched entry, Instant now) {
        launch(entry, now, Optional.of(entry.nextRestart(now)));
    }

    /** A start that fails (the java executable gone, the disk full) counts as a crash: the backoff applies. */
    private void launch(Watched entry, Instant now, Optional<Restart> restart) {
        try {
            Process process =
                    restart.isPresent() ? starter.restart(entry.service, restart.get()) : starter.start(entry.service);
            entry.started(process, now);
            note(
                    entry.service,
                    restart.map(r -> "restart " + r.count() + ": ").orElse("started: ") + "pid " + process.pid());
            files.write(entry.supervision());
        } catch (RuntimeException e) {
            note(entry.service, "cannot start: " + e.getMessage());
            int crashes = entry.crashed(backoff, Duration.ZERO);
            if (backoff.givesUp(crashes)) {
                entry.giveUp();
            } else {
                entry.restartAt(now.plus(backoff.delayAfter(crashes)));
            }
            files.write(entry.supervision());
        }
    }

    private void note(AgoraService service, String what) {
        line(service.name() + ": " + what);
    }

    private void line(String text) {
        log.println(Instant.now() + " " + text);
        log.flush();
    }
}
