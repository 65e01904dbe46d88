package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private final SseParser parser = new SseParser();

    @Test
    void readsTheEventsAsSpringsSseEmitterWritesThem() {
        var events = feed(
                "event:status",
                "id:PENDING",
                "data:{\"status\":\"PENDING\"}",
                "",
                "event:status",
                "id:CONFIRMED",
                "data:{\"status\":\"CONFIRMED\"}",
                "");

        assertThat(events)
                .containsExactly(
                        new SseParser.Event("status", "PENDING", "{\"status\":\"PENDING\"}"),
                        new SseParser.Event("status", "CONFIRMED", "{\"status\":\"CONFIRMED\"}"));
    }

    @Test
    void dropsOneSpaceAfterTheColonAndJoinsDataLines() {
        var events = feed("event: status", "data: {\"a\":", "data:  1}", "");

        assertThat(events).containsExactly(new SseParser.Event("status", null, "{\"a\":\n 1}"));
    }

    @Test
    void ignoresCommentsRetriesAndEventsWithoutData() {
        var events = feed(": keep-alive", "retry: 1000", "", "event: ping", "", "data: x", "");

        assertThat(events).containsExactly(new SseParser.Event("message", null, "x"));
    }

    @Test
    void anEventIsOnlyCompleteAtTheBlankLine() {
        assertThat(feed("event: status", "data: {}")).isEmpty();
    }

    private List<SseParser.Event> feed(String... lines) {
        var events = new ArrayList<SseParser.Event>();
        for (var line : lines) {
            parser.line(line).ifPresent(events::add);
        }
        return events;
    }
}
