package dev.agora.launcher.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** AMQP port open and the management API answering: services and tests use both. */
public final class RabbitMqCheck implements InfrastructureCheck {

    private final InfrastructureSettings settings;
    private final HttpClient http;

    public RabbitMqCheck(InfrastructureSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public CheckResult check() {
        HostAndPort node = settings.rabbitAddress();
        String amqp = node.toString();
        if (!TcpProbe.accepts(node.host(), node.port())) {
            return CheckResult.failed(
                    "RabbitMQ",
                    "nothing listens on " + amqp,
                    "rabbitmq-server -detached && rabbitmqctl await_startup",
                    "rabbitmq-plugins enable rabbitmq_management");
        }
        String overview = settings.rabbitManagementUrl() + "/api/overview";
        try {
            int status = http.send(overviewRequest(overview), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return switch (status) {
                case 200 -> CheckResult.ok("RabbitMQ", amqp + ", management " + settings.rabbitManagementUrl());
                case 401 ->
                    CheckResult.failed(
                            "RabbitMQ",
                            overview + " refused user '" + settings.rabbitUser() + "'",
                            "set AGORA_RABBITMQ_USER / AGORA_RABBITMQ_PASSWORD (guest works from 127.0.0.1 only)");
                default -> CheckResult.failed("RabbitMQ", overview + " answered HTTP " + status);
            };
        } catch (IOException e) {
            return CheckResult.failed(
                    "RabbitMQ",
                    "AMQP is up but the management API does not answer on " + overview,
                    "rabbitmq-plugins enable rabbitmq_management");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.failed("RabbitMQ", "interrupted");
        }
    }

    private HttpRequest overviewRequest(String overview) {
        String credentials = settings.rabbitUser() + ":" + settings.rabbitPassword();
        return HttpRequest.newBuilder(URI.create(overview))
                .timeout(Duration.ofSeconds(3))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
    }
}
