package dev.agora.launcher.status;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.health.HealthProbe;
import dev.agora.launcher.process.ServiceProcesses;
import dev.agora.launcher.supervise.Supervision;
import dev.agora.launcher.supervise.SupervisionFiles;
import dev.agora.launcher.supervise.SupervisorProcess;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "status",
        description =
                "Show each service's pid, whether it runs, its health, its restarts and its URL, and the supervisor.")
public final class StatusCommand implements Callable<Integer> {

    private static final List<String> HEADER = List.of("SERVICE", "PID", "RUNNING", "HEALTH", "RESTARTS", "URL");

    private final ServiceCatalog catalog;
    private final ServiceProcesses processes;
    private final HealthProbe probe;
    private final SupervisorProcess supervisor;
    private final SupervisionFiles supervision;

    @Spec
    private CommandSpec spec;

    public StatusCommand(
            ServiceCatalog catalog,
            ServiceProcesses processes,
            HealthProbe probe,
            SupervisorProcess supervisor,
            SupervisionFiles supervision) {
        this.catalog = catalog;
        this.processes = processes;
        this.probe = probe;
        this.supervisor = supervisor;
        this.supervision = supervision;
    }

    @Override
    public Integer call() {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        catalog.services().forEach(service -> rows.add(row(service)));
        PrintWriter out = spec.commandLine().getOut();
        print(rows, out);
        out.println(supervisor
                .running()
                .map(process -> "supervisor: running (pid " + process.pid() + "), log " + supervisor.logForPeople())
                .orElse("supervisor: not running (services that die stay down; ./agora up starts one)"));
        out.flush();
        return 0;
    }

    private List<String> row(AgoraService service) {
        var running = processes.running(service.name());
        // the recorded pid is shown even when stale: it explains why "running" says no
        String pid = processes.recordedPid(service.name()).stream()
                .mapToObj(Long::toString)
                .findFirst()
                .orElse("-");
        return List.of(
                service.name(),
                pid,
                running.isPresent() ? "yes" : "no",
                probe.check(service).label(),
                supervision.read(service.name()).map(Supervision::summary).orElse("-"),
                service.url());
    }

    private static void print(List<List<String>> rows, PrintWriter out) {
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
