package dev.agora.shop.testing;

import dev.agora.messaging.test.RabbitManagement;
import dev.agora.messaging.test.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seven shop services as processes on a vhost, database and free ports of their own. {@link #close()} stops
 * them and removes the vhost and the database.
 */
public final class RunningShop implements ShopUrls, AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

    private final Path shopDir;
    private final Path logsDir;
    private final Map<String, String> settings;
    private final List<String> jvmArguments;
    private final String vhost = "agora-shop-" + UUID.randomUUID().toString().substring(0, 8);
    private final RabbitManagement rabbit = RabbitManagement.local();
    private final IsolatedDatabase database;
    private final Map<ShopService, Integer> ports = new EnumMap<>(ShopService.class);
    private final Map<ShopService, Process> processes = new EnumMap<>(ShopService.class);

    private RunningShop(Path shopDir, Path logsDir, Map<String, String> settings, List<String> jvmArguments) {
        this.shopDir = shopDir;
        this.logsDir = logsDir;
        this.settings = settings;
        this.jvmArguments = jvmArguments;
        rabbit.createVhost(vhost);
        this.database = new IsolatedDatabase();
        for (var service : ShopService.values()) {
            ports.put(service, freePort());
        }
    }

    /**
     * Starts every service and waits until all are healthy.
     *
     * @param shopDir the folder of the shop's modules ({@code services/shop})
     * @param settings environment variables for every service, e.g. {@code AGORA_SHOP_ORDER_PAYMENT_TIMEOUT}
     */
    public static RunningShop start(Path shopDir, Path logsDir, Map<String, String> settings, List<String> jvmArgs) {
        var shop = new RunningShop(shopDir, logsDir, Map.copyOf(settings), List.copyOf(jvmArgs));
        try {
            for (var service : ShopService.values()) {
                shop.launch(service);
            }
            for (var service : ShopService.values()) {
                new HealthWait(shop.url(service), HEALTH_TIMEOUT).until(() -> shop.alive(service));
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

    /** Stops one service, as a crash or a deployment would. */
    public void stop(ShopService service) {
        var process = processes.remove(service);
        if (process != null) {
            process.destroy();
            waitFor(process);
        }
    }

    /** Starts a stopped service again on its port and waits for its health. */
    public void restart(ShopService service) {
        stop(service);
        launch(service);
        new HealthWait(url(service), HEALTH_TIMEOUT).until(() -> alive(service));
    }

    @Override
    public void close() {
        processes.keySet().stream().toList().forEach(this::stop);
        rabbit.deleteVhost(vhost);
        database.close();
    }

    private void launch(ShopService service) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArguments);
        command.add("-jar");
        command.add(jar(service).toString());
        try {
            Files.createDirectories(logsDir);
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            logsDir.resolve(service.serviceName() + ".log").toFile()));
            builder.environment().putAll(environment(service));
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.serviceName(), e);
        }
    }

    private Map<String, String> environment(ShopService service) {
        var env = new LinkedHashMap<String, String>();
        env.put("SERVER_PORT", ports.get(service).toString());
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", TestServers.postgresUser());
        env.put("SPRING_RABBITMQ_HOST", TestServers.rabbitHost());
        env.put("SPRING_RABBITMQ_PORT", Integer.toString(TestServers.rabbitPort()));
        env.put("SPRING_RABBITMQ_USERNAME", TestServers.rabbitUser());
        env.put("SPRING_RABBITMQ_PASSWORD", TestServers.rabbitPassword());
        env.put("SPRING_RABBITMQ_VIRTUAL_HOST", vhost);
        env.put("AGORA_SHOP_ORDER_SERVICES_INVENTORY", url(ShopService.INVENTORY));
        env.put("AGORA_SHOP_ORDER_SERVICES_PRICING", url(ShopService.PRICING));
        env.put("AGORA_SHOP_ORDER_SERVICES_PAYMENT", url(ShopService.PAYMENT));
        env.putAll(settings);
        return env;
    }

    private Path jar(ShopService service) {
        var jar = shopDir.resolve(service.serviceName())
                .resolve("target")
                .resolve("agora-" + service.serviceName() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the shop first (./mvnw package)");
        }
        return jar;
    }

    private @Nullable String alive(ShopService service) {
        var process = processes.get(service);
        if (process == null || process.isAlive()) {
            return null;
        }
        return service.serviceName() + " exited with code " + process.exitValue() + "; see "
                + logsDir.resolve(service.serviceName() + ".log");
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(Duration.ofSeconds(20))) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
