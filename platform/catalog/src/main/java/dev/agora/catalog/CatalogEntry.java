package dev.agora.catalog;

import java.util.List;
import java.util.Map;

/**
 * One service as {@code agora/catalog.yml} describes it.
 *
 * @param name the Agora service name, also its {@code agora.messaging.service} and its jar {@code agora-<name>.jar}
 * @param system the system it belongs to ({@code platform}, {@code shop}, ...), which gives its port range
 * @param module its Maven module, relative to the repository root
 * @param port the HTTP port it serves on locally, actuator included
 * @param description one line for people: the launcher's and the console's lists
 * @param needs the servers it uses besides RabbitMQ ({@code database}, {@code redis}, ...)
 * @param calls the services it calls over HTTP
 * @param client whether it calls them with a token of its own, and so has a client secret
 * @param local environment defaults for a local run ({@code ./agora up}); the environment still wins
 */
public record CatalogEntry(
        String name,
        String system,
        String module,
        int port,
        String description,
        List<String> needs,
        List<String> calls,
        boolean client,
        Map<String, String> local) {

    public CatalogEntry {
        needs = List.copyOf(needs);
        calls = List.copyOf(calls);
        local = Map.copyOf(local);
    }

    /** Where it answers on this machine. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Each service module sets {@code <finalName>agora-<name></finalName>}: its jar, relative to the repository. */
    public String jar() {
        return module + "/target/agora-" + name + ".jar";
    }
}
