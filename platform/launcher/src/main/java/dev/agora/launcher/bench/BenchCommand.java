package dev.agora.launcher.bench;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.build.JarModule;
import dev.agora.launcher.build.ModuleBuilder;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        description = "Build (if needed) and run a benchmark; arguments after the target go to the benchmark.")
public final class BenchCommand implements Callable<Integer> {

    private final AgoraHome home;
    private final BenchTargets targets;
    private final ServiceCatalog catalog;
    private final ModuleBuilder builder;
    private final Path java;
    private final List<String> jvmArguments;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<target>", description = "What to benchmark: messaging, orders.")
    private String target;

    @Parameters(index = "1..*", paramLabel = "<arg>", description = "Passed to the benchmark as is.")
    private List<String> benchmarkArguments = new ArrayList<>();

    public BenchCommand(
            AgoraHome home,
            BenchTargets targets,
            ServiceCatalog catalog,
            ModuleBuilder builder,
            Path java,
            List<String> jvmArguments) {
        this.home = home;
        this.targets = targets;
        this.catalog = catalog;
        this.builder = builder;
        this.java = java;
        this.jvmArguments = List.copyOf(jvmArguments);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        BenchTarget bench = targets.find(target)
                .orElseThrow(() -> new LauncherException(
                        "unknown bench target '" + target + "'; known: " + String.join(", ", targets.names())));
        var modules = new ArrayList<JarModule>(List.of(bench));
        bench.services().forEach(name -> modules.add(catalog.find(name).orElseThrow()));
        builder.ensureBuilt(modules, spec.commandLine().getOut());
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.addAll(jvmArguments);
        command.add("-jar");
        command.add(home.resolve(bench.jar()).toString());
        command.addAll(benchmarkArguments);
        return new ProcessBuilder(command)
                .directory(home.root().toFile())
                .inheritIO()
                .start()
                .waitFor();
    }
}
