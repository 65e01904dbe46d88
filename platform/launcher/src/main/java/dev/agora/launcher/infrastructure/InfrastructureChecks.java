package dev.agora.launcher.infrastructure;

import dev.agora.launcher.catalog.ServiceCatalog;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs the checks of the servers the services need and prints what to do about each missing one. */
public final class InfrastructureChecks {

    private final List<InfrastructureCheck> checks;

    public InfrastructureChecks(List<InfrastructureCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks of what the catalogue's services need. */
    public static InfrastructureChecks standard(InfrastructureSettings settings, HttpClient http) {
        return forNeeds(settings, http, ServiceCatalog.standard().needs());
    }

    /**
     * RabbitMQ, which every service uses, and the servers some service needs ({@code database}: PostgreSQL,
     * {@code redis}); the others (Kafka, ...) have no check yet.
     */
    static InfrastructureChecks forNeeds(InfrastructureSettings settings, HttpClient http, Set<String> needs) {
        var checks = new ArrayList<InfrastructureCheck>();
        checks.add(new RabbitMqCheck(settings, http));
        if (needs.contains(DATABASE)) checks.add(new PostgresCheck(settings));
        if (needs.contains(REDIS)) checks.add(new RedisCheck(settings));
        return new InfrastructureChecks(checks);
    }

    /** The names of the servers in the catalogue's {@code needs}. */
    static final String DATABASE = "database";

    static final String REDIS = "redis";

    /** Returns true when all servers are there. */
    public boolean allReachable(PrintWriter out) {
        boolean allOk = true;
        for (InfrastructureCheck check : checks) {
            CheckResult result = check.check();
            allOk &= result.ok();
            out.printf("  %s %-10s %s%n", result.ok() ? "ok     " : "MISSING", result.server(), result.detail());
            for (String remedy : result.remedies()) {
                out.println("          run: " + remedy);
            }
        }
        out.flush();
        return allOk;
    }
}
