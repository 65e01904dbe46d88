package dev.agora.launcher.aot;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.console.ProgressBoard;
import dev.agora.launcher.process.ServiceEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * One JVM AOT cache per service under {@code .agora/aot/<service>/} (JEP 483/514/515: classes loaded and linked,
 * method profiles), made again only when the service jar, the JDK or the JVM arguments changed. A service whose cache
 * cannot be made starts without one.
 */
public final class AotCaches {

    /** Training runs are CPU-bound start-ups: two at a time keeps a 2-core machine usable. */
    static final int PARALLEL_TRAININGS = 2;

    private final AgoraHome home;
    private final AotTraining training;
    private final List<String> jvmArguments;

    public AotCaches(AgoraHome home, Path java, ServiceEnvironment environment) {
        this.home = home;
        this.training = new AotTraining(home, java, environment);
        this.jvmArguments = environment.jvmArguments();
    }

    /** The service's cache when it is complete and made from the current jar, JDK and JVM arguments. */
    public Optional<AotCache> usableFor(AgoraService service) {
        var cache = cacheOf(service);
        return currentStamp(service)
                .filter(stamp -> cache.isComplete() && stamp.isRecordedIn(cache.stampFile()))
                .map(stamp -> cache);
    }

    /** Makes the missing and outdated caches, showing each one's progress; failures are warnings. */
    public void ensureFresh(List<AgoraService> services, PrintWriter out) throws InterruptedException {
        var stale = services.stream()
                .filter(service -> usableFor(service).isEmpty())
                .toList();
        if (stale.isEmpty()) {
            return;
        }
        out.println("AOT caches (made once per build, " + PARALLEL_TRAININGS + " at a time, for faster starts):");
        var board = ProgressBoard.forConsole(
                out, stale.stream().map(AgoraService::name).toList());
        var slots = new Semaphore(PARALLEL_TRAININGS);
        var startedAt = new ConcurrentHashMap<AgoraService, Long>();
        var failures = new LinkedHashMap<AgoraService, String>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var jobs = new LinkedHashMap<AgoraService, Future<Optional<String>>>();
            for (AgoraService service : stale) {
                board.update(service.name(), "waiting", "");
                jobs.put(service, executor.submit(() -> {
                    slots.acquire();
                    try {
                        startedAt.put(service, System.nanoTime());
                        return create(service);
                    } finally {
                        slots.release();
                    }
                }));
            }
            awaitAll(jobs, startedAt, board, failures);
        }
        failures.forEach((service, reason) -> out.println("  warning: " + service.name()
                + " starts without an AOT cache: " + reason + " (see "
                + home.relative(cacheOf(service).trainingLog()) + ")"));
        out.flush();
    }

    private void awaitAll(
            Map<AgoraService, Future<Optional<String>>> jobs,
            Map<AgoraService, Long> startedAt,
            ProgressBoard board,
            Map<AgoraService, String> failures)
            throws InterruptedException {
        while (!jobs.isEmpty()) {
            for (var it = jobs.entrySet().iterator(); it.hasNext(); ) {
                var job = it.next();
                AgoraService service = job.getKey();
                Long since = startedAt.get(service);
                String elapsed = since == null ? "" : secondsSince(since) + " s";
                if (job.getValue().isDone()) {
                    it.remove();
                    Optional<String> failure = outcome(job.getValue());
                    failure.ifPresent(reason -> failures.put(service, reason));
                    board.update(service.name(), failure.isEmpty() ? "ready" : "failed", "after " + elapsed);
                } else if (since != null) {
                    board.update(service.name(), "training…", elapsed);
                }
            }
            if (!jobs.isEmpty()) {
                Thread.sleep(Duration.ofSeconds(1));
            }
        }
    }

    private Optional<String> create(AgoraService service) throws Exception {
        Optional<JarStamp> stamp = currentStamp(service);
        if (stamp.isEmpty()) {
            return Optional.of("no " + service.jar());
        }
        return training.create(service, cacheOf(service), stamp.get());
    }

    private static Optional<String> outcome(Future<Optional<String>> job) throws InterruptedException {
        try {
            return job.get();
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        }
    }

    private Optional<JarStamp> currentStamp(AgoraService service) {
        return JarStamp.of(home.resolve(service.jar()), jvmArguments);
    }

    private AotCache cacheOf(AgoraService service) {
        return new AotCache(home.aotDir(service.name()), service.jarFileName());
    }

    private static long secondsSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toSeconds();
    }
}
