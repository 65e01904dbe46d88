package dev.agora.messaging.amqp;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the service's AsyncAPI document, generated once at first request from the declared topology. */
@RestController
final class AsyncApiController {

    private final AsyncApiDocument document;
    private volatile Map<String, Object> generated;

    AsyncApiController(AsyncApiDocument document) {
        this.document = document;
    }

    @GetMapping(path = "/asyncapi", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> asyncApi() {
        var current = generated;
        if (current == null) {
            current = document.build();
            generated = current;
        }
        return current;
    }
}
