package dev.agora.launcher.catalog;

import dev.agora.catalog.CatalogEntry;
import dev.agora.launcher.build.JarModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One service of the platform: the Maven module that builds it, the runnable jar it produces (both relative to the
 * repository root), the HTTP port it serves on, actuator included, and whether it is an OAuth2 client of the
 * authorization server (it calls other services with tokens of its own, and so has a secret), the servers it needs
 * besides RabbitMQ, and the environment defaults it gets when it runs locally; all from its entry in the catalogue
 * ({@link CatalogEntry}).
 */
public record AgoraService(
        String name,
        String module,
        String jar,
        int port,
        String description,
        boolean client,
        List<String> needs,
        Map<String, String> local)
        implements JarModule {

    public AgoraService {
        needs = List.copyOf(needs);
        local = Map.copyOf(local);
    }

    /** A service that calls no other with a token of its own and needs no server but RabbitMQ, nor local settings. */
    public AgoraService(String name, String module, String jar, int port, String description) {
        this(name, module, jar, port, description, false, List.of(), Map.of());
    }

    static AgoraService of(CatalogEntry entry) {
        return new AgoraService(
                entry.name(),
                entry.module(),
                entry.jar(),
                entry.port(),
                entry.description(),
                entry.client(),
                entry.needs(),
                entry.local());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String healthUrl() {
        return url() + "/actuator/health";
    }

    /** What a process's command line must contain to count as this service (guards against reused pids). */
    public String jarFileName() {
        return Path.of(jar).getFileName().toString();
    }
}
