package dev.agora.launcher.health;

import dev.agora.launcher.catalog.AgoraService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's {@code /actuator/health}. */
public final class HealthProbe {

    private final HttpClient http;

    public HealthProbe(HttpClient http) {
        this.http = http;
    }

    public HealthState check(AgoraService service) {
        var request = HttpRequest.newBuilder(URI.create(service.healthUrl()))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            // a DOWN service answers 503 with a body, so the body decides, not the status code
            String body =
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return HealthJson.isUp(body) ? HealthState.UP : HealthState.DOWN;
        } catch (IOException e) {
            return HealthState.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthState.UNREACHABLE;
        }
    }
}
