package dev.agora.shop.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One authorization server for all the integration tests of a JVM (a module's failsafe run), on a database of its
 * own, started on first use and stopped when the JVM exits: a service's tests check real tokens without paying
 * the server's start for every test class.
 */
public final class SharedAuth {

    private static RunningAuth auth;

    private SharedAuth() {}

    public static synchronized RunningAuth get() {
        if (auth == null) {
            var database = new IsolatedDatabase();
            var jar = findJar();
            var logs = Path.of("target", "auth-logs");
            auth = RunningAuth.launch(
                            jar,
                            logs,
                            database.jdbcUrl(),
                            Map.of("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "3"),
                            List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"))
                    .awaitHealthy();
            var started = auth;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                database.close();
            }));
        }
        return auth;
    }

    /**
     * Makes the service under test a resource server of the shared authorization server, its calls to others
     * carrying the tokens of {@code clientId}: {@code @DynamicPropertySource static void auth(DynamicPropertyRegistry
     * registry) { SharedAuth.register(registry, "order"); }}, or {@link SharedAuthClient @SharedAuthClient("order")} on the
     * test class.
     */
    public static void register(DynamicPropertyRegistry registry, String clientId) {
        get().serviceProperties(clientId).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The client with an operator's token of the shared authorization server on every request. */
    public static RestTestClient asOperator(RestTestClient client) {
        return client.mutate()
                .defaultHeader(
                        HttpHeaders.AUTHORIZATION, "Bearer " + get().operator().accessToken())
                .build();
    }

    /** The authorization server's jar, where the catalogue puts it, in the checkout the test runs in, from any module's folder. */
    private static Path findJar() {
        var authJar = ShopService.CATALOG.require(RunningAuth.SERVICE).jar();
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var jar = dir.resolve(authJar);
            if (Files.isRegularFile(jar)) return jar;
        }
        throw new IllegalStateException(authJar + " is missing: build platform/auth first"
                + " (a module that needs it depends on dev.agora:agora-auth for the build order)");
    }
}
