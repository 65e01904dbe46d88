package dev.agora.launcher.down;

import dev.agora.launcher.process.ServiceProcesses;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "down", description = "Stop the services listed in .agora/run/*.pid.")
public final class DownCommand implements Callable<Integer> {

    private final ServiceProcesses processes;

    @Spec
    private CommandSpec spec;

    public DownCommand(ServiceProcesses processes) {
        this.processes = processes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> report = processes.stopAll();
        if (report.isEmpty()) {
            out.println("Nothing to stop.");
        }
        report.forEach(out::println);
        return 0;
    }
}
