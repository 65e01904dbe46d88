package dev.agora.launcher.process;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.identity.PlatformIdentity;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment variables and JVM arguments a service process gets. */
public final class ServiceEnvironment {

    /**
     * Small heap and serial GC: several services share a laptop; AGORA_JVM_ARGS adds or overrides. The initial heap
     * would be 1/64 of the machine's memory (376 MB of 24 GB), almost all of it touched during start-up: starting at
     * 64 MB and growing on demand measured 90 MB less resident memory per service at the same start-up time.
     */
    static final List<String> DEFAULT_JVM_ARGS = List.of(
            "-XX:+UseSerialGC",
            "-Xms64m",
            "-Xmx384m",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    private final InfrastructureSettings settings;
    private final PlatformIdentity identity;
    private final Map<String, String> env;
    private final String extraJvmArgs;

    public ServiceEnvironment(InfrastructureSettings settings, PlatformIdentity identity, Map<String, String> env) {
        this.settings = settings;
        this.identity = identity;
        this.env = Map.copyOf(env);
        this.extraJvmArgs = env.getOrDefault("AGORA_JVM_ARGS", "");
    }

    /** What the launcher sets for a service on top of the environment it inherits. */
    public Map<String, String> variablesFor(AgoraService service) {
        var variables = new LinkedHashMap<String, String>();
        variables.put("SERVER_PORT", Integer.toString(service.port()));
        variables.putAll(settings.asEnvironment());
        // the catalogue's local defaults (an order's payment timeout of seconds, for the demo); the user's win
        service.local().forEach((variable, value) -> variables.put(variable, env.getOrDefault(variable, value)));
        variables.putAll(identity.variablesFor(service));
        return variables;
    }

    /**
     * Sets a process's variables. Secrets, even ones inherited from the user, reach only the services the launcher
     * gives them to.
     */
    public void applyTo(Map<String, String> processEnvironment, AgoraService service) {
        processEnvironment.keySet().removeIf(PlatformIdentity::isSecret);
        processEnvironment.putAll(variablesFor(service));
    }

    public List<String> jvmArguments() {
        var arguments = new ArrayList<>(DEFAULT_JVM_ARGS);
        Arrays.stream(extraJvmArgs.trim().split("\\s+"))
                .filter(arg -> !arg.isEmpty())
                .forEach(arguments::add);
        return arguments;
    }
}
