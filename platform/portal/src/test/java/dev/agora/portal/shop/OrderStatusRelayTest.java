package dev.agora.portal.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class OrderStatusRelayTest {

    @Test
    void eachEventOfTheOrderServicesStreamIsPassedOnWithItsNameAndData() throws Exception {
        var stream = """
                id:PENDING
                event:status
                data:{"status":"PENDING"}

                id:CONFIRMED
                event:status
                data:{"status":"CONFIRMED"}

                """;
        var emitter = new RecordingEmitter();

        OrderStatusRelay.forward(new BufferedReader(new StringReader(stream)), emitter);

        assertThat(emitter.sent)
                .containsExactly(
                        "event:status\ndata:{\"status\":\"PENDING\"}\n\n",
                        "event:status\ndata:{\"status\":\"CONFIRMED\"}\n\n");
    }

    @Test
    void dataSpreadOverSeveralLinesStaysOneEvent() throws Exception {
        var emitter = new RecordingEmitter();

        OrderStatusRelay.forward(new BufferedReader(new StringReader("data:first\ndata:second\n\n")), emitter);

        assertThat(emitter.sent).containsExactly("event:message\ndata:first\ndata:second\n\n");
    }

    /** Collects what would go to the browser, as the SSE text it would be written as. */
    static final class RecordingEmitter extends SseEmitter {
        final List<String> sent = new ArrayList<>();

        @Override
        public void send(SseEventBuilder builder) {
            var text = new StringBuilder();
            builder.build().forEach(part -> text.append(part.getData()));
            sent.add(text.toString());
        }
    }
}
