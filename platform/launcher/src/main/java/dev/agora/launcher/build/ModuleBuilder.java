package dev.agora.launcher.build;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.console.ProgressBoard;
import dev.agora.launcher.console.Ticker;
import dev.agora.launcher.logs.LogTail;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Builds the modules whose jars are missing or older than their sources, all in one Maven run. */
public final class ModuleBuilder {

    /**
     * Library modules every service and benchmark is built with (the catalogue too, which each jar holds): a change
     * there makes their jars stale too.
     */
    static final List<String> SHARED_MODULES =
            List.of("messaging/agora-messaging", "platform/catalog", "services/service-web", "services/shop/contracts");

    private static final String PROGRESS_LINE = "maven";
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final AgoraHome home;
    private final StalenessCheck stalenessCheck;
    private final MavenInstall maven;

    public ModuleBuilder(AgoraHome home, StalenessCheck stalenessCheck, MavenInstall maven) {
        this.home = home;
        this.stalenessCheck = stalenessCheck;
        this.maven = maven;
    }

    /** Returns the modules that were built; throws when one has no sources or the build fails. */
    public List<String> ensureBuilt(List<? extends JarModule> modules, PrintWriter out) {
        for (JarModule module : modules) {
            if (!stalenessCheck.hasMainSources(home.resolve(module.module()))) {
                throw new LauncherException(module.module() + " has no sources yet (nothing under " + module.module()
                        + "/src/main), so it cannot be built or started");
            }
        }
        List<String> stale =
                modules.stream().filter(this::isStale).map(JarModule::module).toList();
        if (stale.isEmpty()) {
            return stale;
        }
        Path log = home.logsDir().resolve("build.log");
        out.println("Building " + String.join(", ", stale) + " (Maven's output: " + home.relative(log) + "):");
        var board = ProgressBoard.forConsole(out, List.of(PROGRESS_LINE));
        int exitCode;
        long seconds;
        try (var ticker = Ticker.start(elapsed -> board.update(PROGRESS_LINE, "building…", elapsed + " s"))) {
            long startedAt = System.nanoTime();
            exitCode = maven.install(stale, log);
            seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
        }
        board.update(PROGRESS_LINE, exitCode == 0 ? "built" : "failed", "after " + seconds + " s");
        if (exitCode != 0) {
            LogTail.lastLines(log, LOG_LINES_ON_FAILURE).forEach(line -> out.println("  | " + line));
            throw new LauncherException("build failed (./mvnw -q -DskipTests -pl " + String.join(",", stale)
                    + " -am install exited with " + exitCode + "; all of its output is in " + home.relative(log)
                    + ")");
        }
        for (JarModule module : modules) {
            if (!Files.isRegularFile(home.resolve(module.jar()))) {
                throw new LauncherException("the build of " + module.module() + " did not produce " + module.jar());
            }
        }
        return stale;
    }

    private boolean isStale(JarModule module) {
        var jar = home.resolve(module.jar());
        return stalenessCheck.isStale(home.resolve(module.module()), jar)
                || SHARED_MODULES.stream().anyMatch(shared -> stalenessCheck.isStale(home.resolve(shared), jar));
    }
}
