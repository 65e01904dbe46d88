package dev.agora.launcher.logs;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "logs", description = "Print a service's log (.agora/logs/<service>.log).")
public final class LogsCommand implements Callable<Integer> {

    private final AgoraHome home;
    private final ServiceCatalog catalog;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<service>", description = "The service, e.g. logger.")
    private String service;

    @Option(
            names = {"-f", "--follow"},
            description = "Keep printing what gets appended until Ctrl-C.")
    private boolean follow;

    public LogsCommand(AgoraHome home, ServiceCatalog catalog) {
        this.home = home;
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        Path log = home.logFile(service);
        if (!Files.isRegularFile(log)) {
            if (catalog.find(service).isEmpty()) {
                throw new LauncherException(
                        "unknown service '" + service + "'; known: " + String.join(", ", catalog.names()));
            }
            throw new LauncherException(
                    "no log for " + service + " yet (" + home.relative(log) + "): start it with ./agora up");
        }
        new LogFollower(spec.commandLine().getOut()).copy(log, () -> follow);
        return 0;
    }
}
