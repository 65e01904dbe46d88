package dev.agora.catalog;

import java.util.List;

/**
 * A system of services ({@code shop}, {@code school}, ...) as {@code agora/catalog.yml} describes it.
 *
 * @param firstPort the first of its hundred ports: {@code 8100} for the shop's {@code 81xx}
 * @param runsWith the services of other systems its test harness runs beside its own (the authorization server, ...)
 */
public record CatalogSystem(String name, int firstPort, List<String> runsWith) {

    static final int PORTS = 100;

    public CatalogSystem {
        runsWith = List.copyOf(runsWith);
    }

    boolean owns(int port) {
        return port >= firstPort && port < firstPort + PORTS;
    }

    String range() {
        return firstPort + "-" + (firstPort + PORTS - 1);
    }
}
