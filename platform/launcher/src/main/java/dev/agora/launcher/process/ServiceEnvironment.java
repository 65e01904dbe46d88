package dev.agora.launcher.process;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the AGORA_* settings into the Spring Boot variables and JVM arguments a service process gets. */
public final class ServiceEnvironment {

    /** Small heap and serial GC: several services share a laptop; AGORA_JVM_ARGS adds or overrides. */
    static final List<String> DEFAULT_JVM_ARGS = List.of(
            "-XX:+UseSerialGC",
            "-Xmx384m",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    private final InfrastructureSettings settings;
    private final String extraJvmArgs;

    public ServiceEnvironment(InfrastructureSettings settings, Map<String, String> env) {
        this.settings = settings;
        this.extraJvmArgs = env.getOrDefault("AGORA_JVM_ARGS", "");
    }

    public Map<String, String> variablesFor(AgoraService service) {
        var variables = new LinkedHashMap<String, String>();
        variables.put("SERVER_PORT", Integer.toString(service.port()));
        variables.put("SPRING_DATASOURCE_URL", settings.agoraJdbcUrl());
        variables.put("SPRING_DATASOURCE_USERNAME", settings.postgresUser());
        variables.put("SPRING_DATASOURCE_PASSWORD", settings.postgresPassword());
        variables.put("SPRING_RABBITMQ_HOST", settings.rabbitHost());
        variables.put("SPRING_RABBITMQ_PORT", Integer.toString(settings.rabbitPort()));
        variables.put("SPRING_RABBITMQ_USERNAME", settings.rabbitUser());
        variables.put("SPRING_RABBITMQ_PASSWORD", settings.rabbitPassword());
        variables.put("SPRING_DATA_REDIS_HOST", settings.redisHost());
        variables.put("SPRING_DATA_REDIS_PORT", Integer.toString(settings.redisPort()));
        return variables;
    }

    public List<String> jvmArguments() {
        var arguments = new ArrayList<>(DEFAULT_JVM_ARGS);
        Arrays.stream(extraJvmArgs.trim().split("\\s+"))
                .filter(arg -> !arg.isEmpty())
                .forEach(arguments::add);
        return arguments;
    }
}
