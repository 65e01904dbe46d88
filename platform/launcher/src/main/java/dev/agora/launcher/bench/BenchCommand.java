package dev.agora.launcher.bench;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.bench.startup.StartupBenchmark;
import dev.agora.launcher.build.JarModule;
import dev.agora.launcher.build.ModuleBuilder;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.process.JarRunner;
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

    private final BenchTargets targets;
    private final ServiceCatalog catalog;
    private final ModuleBuilder builder;
    private final JarRunner runner;
    private final StartupBenchmark startup;

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<target>",
            description = "What to benchmark: messaging, orders, startup (the platform's own start-up).")
    private String target;

    @Parameters(index = "1..*", paramLabel = "<arg>", description = "Passed to the benchmark as is.")
    private List<String> benchmarkArguments = new ArrayList<>();

    public BenchCommand(
            BenchTargets targets,
            ServiceCatalog catalog,
            ModuleBuilder builder,
            JarRunner runner,
            StartupBenchmark startup) {
        this.targets = targets;
        this.catalog = catalog;
        this.builder = builder;
        this.runner = runner;
        this.startup = startup;
    }

    @Override
    public Integer call() throws Exception {
        // start-up is measured by the launcher itself: it starts the services the way up does
        if (StartupBenchmark.TARGET.equals(target)) {
            return startup.run(benchmarkArguments, spec.commandLine().getOut());
        }
        BenchTarget bench = targets.find(target).orElseThrow(() -> {
            var known = new ArrayList<>(targets.names());
            known.add(StartupBenchmark.TARGET);
            return new LauncherException("unknown bench target '" + target + "'; known: " + String.join(", ", known));
        });
        var modules = new ArrayList<JarModule>(List.of(bench));
        bench.services().forEach(name -> modules.add(catalog.find(name).orElseThrow()));
        builder.ensureBuilt(modules, spec.commandLine().getOut());
        return runner.run(bench.jar(), benchmarkArguments);
    }
}
