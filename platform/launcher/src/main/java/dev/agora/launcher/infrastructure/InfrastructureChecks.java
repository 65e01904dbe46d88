package dev.agora.launcher.infrastructure;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.util.List;

/** Runs every server check and prints what to do about each missing one. */
public final class InfrastructureChecks {

    private final List<InfrastructureCheck> checks;

    public InfrastructureChecks(List<InfrastructureCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static InfrastructureChecks standard(InfrastructureSettings settings, HttpClient http) {
        return new InfrastructureChecks(
                List.of(new RabbitMqCheck(settings, http), new PostgresCheck(settings), new RedisCheck(settings)));
    }

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
