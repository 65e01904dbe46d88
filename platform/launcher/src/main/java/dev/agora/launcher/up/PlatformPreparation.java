package dev.agora.launcher.up;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.aot.AotCaches;
import dev.agora.launcher.build.ModuleBuilder;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.infrastructure.AgoraDatabase;
import dev.agora.launcher.infrastructure.InfrastructureChecks;
import dev.agora.launcher.process.ServiceProcesses;
import java.io.PrintWriter;
import java.util.List;

/**
 * Everything before the services start, for {@code up} and the start-up benchmark alike: servers reachable, database
 * there, jars built, AOT caches made (their training runs need the servers).
 */
public final class PlatformPreparation {

    private final ServiceCatalog catalog;
    private final InfrastructureChecks checks;
    private final AgoraDatabase database;
    private final ModuleBuilder builder;
    private final ServiceProcesses existing;
    private final AotCaches aotCaches;

    public PlatformPreparation(
            ServiceCatalog catalog,
            InfrastructureChecks checks,
            AgoraDatabase database,
            ModuleBuilder builder,
            ServiceProcesses existing,
            AotCaches aotCaches) {
        this.catalog = catalog;
        this.checks = checks;
        this.database = database;
        this.builder = builder;
        this.existing = existing;
        this.aotCaches = aotCaches;
    }

    /** For the start-up benchmark, which starts every service itself. */
    public void prepare(PrintWriter out) throws InterruptedException {
        checkServers(out);
        builder.ensureBuilt(catalog.services(), out);
        existing.requireNoneRunning();
        aotCaches.ensureFresh(catalog.services(), out);
    }

    /**
     * For up: builds and trains only the services that do not run (a running service keeps the jar it started
     * with), and returns them.
     */
    public List<AgoraService> prepareMissing(PrintWriter out) throws InterruptedException {
        checkServers(out);
        List<AgoraService> missing = existing.notRunning();
        builder.ensureBuilt(missing, out);
        aotCaches.ensureFresh(missing, out);
        return missing;
    }

    private void checkServers(PrintWriter out) {
        out.println("Servers:");
        if (!checks.allReachable(out)) {
            throw new LauncherException("start the missing servers (commands above), then run ./agora up again");
        }
        if (database.ensureExists()) {
            out.println("Created PostgreSQL database " + database.name());
        }
    }
}
