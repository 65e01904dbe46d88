package dev.agora.shop.testing;

import dev.agora.messaging.test.RabbitManagement;
import dev.agora.messaging.test.TestServers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.client.RestClient;

/**
 * The seven shop services, the authorization server and the main logger as processes on a vhost, database and free
 * ports of their own. {@link #close()} stops them and removes the vhost and the database.
 */
public final class RunningShop implements ShopUrls, AutoCloseable {

    /** The main logger, which every shop runs beside it. */
    static final String LOGGER = "logger";

    private final Path shopDir;
    private final Path logsDir;
    private final Map<String, String> settings;
    private final List<String> jvmArguments;
    private final String vhost = "agora-shop-" + UUID.randomUUID().toString().substring(0, 8);
    private final RabbitManagement rabbit = RabbitManagement.local();
    private final IsolatedDatabase database;
    private final RunningAuth auth;
    private final ClientCredentials operator;
    private final Map<ShopService, Integer> ports = new LinkedHashMap<>();
    private final Map<ShopService, ServiceProcess> processes = new LinkedHashMap<>();
    private final int loggerPort = ServiceProcess.freePort();
    private ServiceProcess logger;

    private RunningShop(Path shopDir, Path logsDir, Map<String, String> settings, List<String> jvmArguments) {
        this.shopDir = shopDir;
        this.logsDir = logsDir;
        this.settings = settings;
        this.jvmArguments = jvmArguments;
        rabbit.createVhost(vhost);
        this.database = new IsolatedDatabase();
        this.auth = RunningAuth.launch(
                jar(shopDir, RunningAuth.SERVICE), logsDir, database.jdbcUrl(), authSettings(settings), jvmArguments);
        this.operator = auth.operator();
        for (var service : ShopService.values()) {
            ports.put(service, ServiceProcess.freePort());
        }
    }

    /**
     * Starts the authorization server and every service, and waits until all are healthy.
     *
     * @param shopDir the folder of the shop's modules ({@code services/shop})
     * @param settings environment variables for every service, e.g. {@code AGORA_SHOP_ORDER_PAYMENT_TIMEOUT};
     *     {@code AGORA_PORTAL_URL} goes to the authorization server, for a portal's sign-in
     */
    public static RunningShop start(Path shopDir, Path logsDir, Map<String, String> settings, List<String> jvmArgs) {
        var shop = new RunningShop(shopDir, logsDir, Map.copyOf(settings), List.copyOf(jvmArgs));
        try {
            for (var service : ShopService.values()) {
                shop.launch(service);
            }
            shop.launchLogger();
            shop.auth.awaitHealthy();
            shop.logger.awaitHealthy(shop.loggerUrl());
            for (var service : ShopService.values()) {
                shop.processes.get(service).awaitHealthy(shop.url(service));
            }
            return shop;
        } catch (RuntimeException e) {
            shop.close();
            throw e;
        }
    }

    @Override
    public String url(ShopService service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public String vhost() {
        return vhost;
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /**
     * Every process this shop runs, by name, with its base URL: each service, the authorization server and the logger. What
     * iterates over them (the API fuzz test) covers a process as soon as it is listed here.
     */
    public Map<String, String> urls() {
        var urls = new LinkedHashMap<String, String>();
        for (var service : ShopService.values()) {
            urls.put(service.serviceName(), url(service));
        }
        urls.put(RunningAuth.SERVICE, auth.url());
        urls.put(LOGGER, loggerUrl());
        return urls;
    }

    /** The main logger, which records the shop's traffic from the log exchange. */
    public String loggerUrl() {
        return "http://127.0.0.1:" + loggerPort;
    }

    /** The shop's authorization server: its URL, clients' secrets, tokens and accounts. */
    public RunningAuth auth() {
        return auth;
    }

    /** A client that calls with an operator's token ({@code ops} and {@code shop}), as scripts and the demo do. */
    public RestClient operatorClient() {
        return RestClient.builder().requestInterceptor(operator.bearer()).build();
    }

    /** Stops one service, as a crash or a deployment would. */
    public void stop(ShopService service) {
        var process = processes.remove(service);
        if (process != null) {
            process.stop();
        }
    }

    /** Starts a stopped service again on its port and waits for its health. */
    public void restart(ShopService service) {
        stop(service);
        launch(service);
        processes.get(service).awaitHealthy(url(service));
    }

    @Override
    public void close() {
        processes.keySet().stream().toList().forEach(this::stop);
        if (logger != null) logger.stop();
        auth.close();
        rabbit.deleteVhost(vhost);
        database.close();
    }

    /** A service's jar in this checkout, where the catalogue says its module is; the shop's folder is two down. */
    static Path jar(Path shopDir, String service) {
        return shopDir.toAbsolutePath()
                .normalize()
                .resolve("../..")
                .resolve(ShopService.CATALOG.require(service).jar())
                .normalize();
    }

    private void launch(ShopService service) {
        var name = service.serviceName();
        processes.put(
                service, ServiceProcess.start(name, jar(shopDir, name), environment(service), jvmArguments, logsDir));
    }

    private void launchLogger() {
        var env = environment(LOGGER, loggerPort);
        logger = ServiceProcess.start(LOGGER, jar(shopDir, LOGGER), env, jvmArguments, logsDir);
    }

    private Map<String, String> environment(ShopService service) {
        return environment(service.serviceName(), ports.get(service));
    }

    private Map<String, String> environment(String service, int port) {
        var env = new LinkedHashMap<String, String>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", TestServers.postgresUser());
        env.put("SPRING_RABBITMQ_HOST", TestServers.rabbitHost());
        env.put("SPRING_RABBITMQ_PORT", Integer.toString(TestServers.rabbitPort()));
        env.put("SPRING_RABBITMQ_USERNAME", TestServers.rabbitUser());
        env.put("SPRING_RABBITMQ_PASSWORD", TestServers.rabbitPassword());
        env.put("SPRING_RABBITMQ_VIRTUAL_HOST", vhost);
        env.put("AGORA_AUTH_URL", auth.url());
        env.put("AGORA_CLIENT_ID", service);
        if (RunningAuth.CLIENTS.contains(service)) {
            env.put("AGORA_CLIENT_SECRET", auth.secret(service));
        }
        // every process's address on this shop's free ports, over the catalogue's local ones
        urls().forEach((name, url) -> env.put("AGORA_SERVICES_" + name.toUpperCase(Locale.ROOT), url));
        env.putAll(settings);
        env.remove("AGORA_PORTAL_URL");
        return env;
    }

    /** The pool size and the portal's URL apply to the authorization server too; the shop's own settings do not. */
    private static Map<String, String> authSettings(Map<String, String> settings) {
        var env = new LinkedHashMap<String, String>();
        settings.forEach((key, value) -> {
            if (key.startsWith("SPRING_DATASOURCE_") || key.equals("AGORA_PORTAL_URL")) env.put(key, value);
        });
        return env;
    }
}
