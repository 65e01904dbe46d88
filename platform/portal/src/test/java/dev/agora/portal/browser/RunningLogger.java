package dev.agora.portal.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.web.client.RestClient;

/**
 * The main logger's jar as its own process, on the test's vhost and schema, as {@code ./agora up} runs it: the console
 * reads the message log from it over HTTP.
 */
final class RunningLogger implements AutoCloseable {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final Process process;
    private final String url;

    private RunningLogger(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** @param springProperties where the broker and the database are, as Spring Boot properties */
    static RunningLogger start(Map<String, Object> springProperties) {
        var jar = Path.of(System.getProperty("logger.jar"));
        var port = freePort();
        var environment = new LinkedHashMap<String, String>();
        springProperties.forEach((name, value) -> environment.put(asVariable(name), String.valueOf(value)));
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "3");
        try {
            var log = Path.of(System.getProperty("shop.logs", "target/shop-logs"), "logger.log");
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(JAVA.toString(), "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            var logger = new RunningLogger(builder.start(), "http://127.0.0.1:" + port);
            logger.awaitHealthy();
            return logger;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the logger", e);
        }
    }

    String url() {
        return url;
    }

    private void awaitHealthy() {
        var http = RestClient.create(url);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .failFast("the logger exited; see its logger.log", () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> http.get()
                        .uri("/actuator/health")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .is2xxSuccessful());
    }

    /** spring.datasource.hikari.schema → SPRING_DATASOURCE_HIKARI_SCHEMA, as Spring Boot reads it back. */
    private static String asVariable(String property) {
        return property.toUpperCase().replace('.', '_').replace("-", "");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
