package dev.agora.launcher.demo;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.build.ModuleBuilder;
import dev.agora.launcher.build.ModuleJar;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.health.HealthProbe;
import dev.agora.launcher.health.HealthState;
import dev.agora.launcher.identity.ClientSecrets;
import dev.agora.launcher.identity.PlatformIdentity;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import dev.agora.launcher.process.JarRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        description = "Run the guided demo against the running platform (built first if needed); "
                + "arguments go to the demo.")
public final class DemoCommand implements Callable<Integer> {

    /** Where the demo reads the client secret of its tokens. */
    static final String DEMO_SECRET_VARIABLE = PlatformIdentity.CLIENT_SECRET_VARIABLE;

    static final ModuleJar DEMO = new ModuleJar("platform/demo", "platform/demo/target/agora-demo.jar");

    private final ServiceCatalog catalog;
    private final InfrastructureSettings settings;
    private final ModuleBuilder builder;
    private final HealthProbe probe;
    private final JarRunner runner;
    private final ClientSecrets secrets;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<arg>", description = "Passed to the demo as is, after the service URLs.")
    private List<String> demoArguments = new ArrayList<>();

    public DemoCommand(
            ServiceCatalog catalog,
            InfrastructureSettings settings,
            ModuleBuilder builder,
            HealthProbe probe,
            JarRunner runner,
            ClientSecrets secrets) {
        this.catalog = catalog;
        this.settings = settings;
        this.builder = builder;
        this.probe = probe;
        this.runner = runner;
        this.secrets = secrets;
    }

    @Override
    public Integer call() throws InterruptedException {
        // checked before building: without the platform a build would only delay the same answer
        requireShopHealthy();
        builder.ensureBuilt(List.of(DEMO), spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return runner.run(DEMO.jar(), arguments(), Map.of(DEMO_SECRET_VARIABLE, cliSecret()));
    }

    /**
     * {@code --<service>-url=http://127.0.0.1:<port>} for every catalog service and {@code --rabbitmq-url=} for the
     * management UI, then the user's arguments; a URL the user gives replaces ours (the demo takes each option once).
     */
    List<String> arguments() {
        var urls = new LinkedHashMap<String, String>();
        catalog.services().forEach(service -> urls.put("--" + service.name() + "-url", service.url()));
        urls.put("--rabbitmq-url", settings.rabbitManagementUrl());
        demoArguments.forEach(argument -> urls.remove(argument.split("=", 2)[0]));
        var arguments = new ArrayList<String>();
        urls.forEach((option, url) -> arguments.add(option + "=" + url));
        arguments.addAll(demoArguments);
        return arguments;
    }

    /** The demo gets its tokens with the client of scripts, as an operator; ./agora up made its secret. */
    private String cliSecret() {
        return secrets.stored(PlatformIdentity.CLI_CLIENT)
                .orElseThrow(() -> new LauncherException("no secret for " + PlatformIdentity.CLI_CLIENT
                        + " in .agora/client-secrets: ./agora up makes it"));
    }

    private void requireShopHealthy() {
        var notHealthy = new ArrayList<String>();
        for (AgoraService service : catalog.services()) {
            if (ServiceCatalog.SHOP_SERVICES.contains(service.name())) {
                HealthState health = probe.check(service);
                if (health != HealthState.UP) {
                    notHealthy.add(service.name() + " " + health.label());
                }
            }
        }
        if (!notHealthy.isEmpty()) {
            throw new LauncherException("the platform is not running and healthy (" + String.join(", ", notHealthy)
                    + "): run ./agora up -d first");
        }
    }
}
