package dev.agora.portal.shop;

import dev.agora.portal.ServiceClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Passes the order service's status stream of one order on to a browser: the portal stays the browser's only
 * address, and the order service's stream ends by itself after the final status.
 */
@Component
class OrderStatusRelay {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusRelay.class);
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final ServiceClients clients;

    OrderStatusRelay(ServiceClients clients) {
        this.clients = clients;
    }

    SseEmitter relay(UUID orderId) {
        var emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        // the page's security context goes along, so the stream is asked for with the person's token
        Thread.ofVirtual()
                .name("order-status-" + orderId)
                .start(new DelegatingSecurityContextRunnable(() -> copy(orderId, emitter)));
        return emitter;
    }

    private void copy(UUID orderId, SseEmitter emitter) {
        try {
            clients.streaming("order")
                    .get()
                    .uri("/api/orders/{id}/events", orderId)
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .exchange((request, response) -> {
                        try (var lines =
                                new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
                            forward(lines, emitter);
                        }
                        return null;
                    });
            emitter.complete();
        } catch (RuntimeException failed) {
            // the browser went away, or the order service did: EventSource reconnects by itself if it wants
            log.debug("status stream of order {} ended: {}", orderId, failed.toString());
            emitter.completeWithError(failed);
        }
    }

    /** Server-Sent Events: {@code event:} and {@code data:} lines, an empty line ends one event. */
    static void forward(BufferedReader lines, SseEmitter emitter) throws IOException {
        String name = "message";
        var data = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    emitter.send(SseEmitter.event().name(name).data(data.toString(), MediaType.APPLICATION_JSON));
                }
                name = "message";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
                if (!data.isEmpty()) data.append('\n');
                data.append(line.substring("data:".length()).stripLeading());
            }
        }
    }
}
