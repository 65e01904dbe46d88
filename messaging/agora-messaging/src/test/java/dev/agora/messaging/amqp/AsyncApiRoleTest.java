package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.amqp.MessagingProperties.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The AsyncAPI document names the service's role for the console; a client's has no work queue. */
class AsyncApiRoleTest {

    private final Topology topology = new Topology("portal", "agoram_event_exchange", "log");
    private final EnvelopeCodec codec = new EnvelopeCodec(JsonMapper.builder().build(), 1_000_000);

    @Test
    void aServicesDocumentSaysServiceAndHasItsWorkQueue() {
        var document = document(Role.SERVICE);

        assertThat(document).containsEntry("x-agora-role", "service");
        assertThat(channels(document)).containsKey("jobQueue");
    }

    @Test
    void aClientsDocumentSaysClientAndHasNoWorkQueue() {
        var document = document(Role.CLIENT);

        assertThat(document).containsEntry("x-agora-role", "client");
        assertThat(channels(document)).doesNotContainKey("jobQueue");
    }

    private Map<String, Object> document(Role role) {
        return new AsyncApiDocument(topology, new HandlerRegistry(), List.of(), codec, role).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> channels(Map<String, Object> document) {
        return (Map<String, Object>) document.get("channels");
    }
}
