package dev.agora.launcher.down;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "down", description = "Stop the supervisor, then the services listed in .agora/run/*.pid.")
public final class DownCommand implements Callable<Integer> {

    private final PlatformStop platform;

    @Spec
    private CommandSpec spec;

    public DownCommand(PlatformStop platform) {
        this.platform = platform;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> report = platform.stop();
        if (report.isEmpty()) {
            out.println("Nothing to stop.");
        }
        report.forEach(out::println);
        return 0;
    }
}
