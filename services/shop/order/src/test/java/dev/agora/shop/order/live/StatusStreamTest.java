package dev.agora.shop.order.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.order.orders.OrderStatusChanged;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class StatusStreamTest {

    private static final UUID ORDER = UUID.randomUUID();

    private final RecordingEmitter emitter = new RecordingEmitter();
    private final StatusStream stream = new StatusStream(emitter);

    @Test
    void sendsTheTimelineThenEachChange() {
        stream.start(List.of(change(OrderStatus.PENDING)));
        stream.send(change(OrderStatus.STOCK_RESERVED));

        assertThat(emitter.sentIds).containsExactly("PENDING", "STOCK_RESERVED");
        assertThat(emitter.completed).isFalse();
    }

    @Test
    void aChangeArrivingBeforeTheTimelineWaitsForIt() {
        stream.send(change(OrderStatus.STOCK_RESERVED));
        stream.start(List.of(change(OrderStatus.PENDING)));

        assertThat(emitter.sentIds).containsExactly("PENDING", "STOCK_RESERVED");
    }

    @Test
    void aChangeAlreadyInTheTimelineIsSentOnce() {
        stream.send(change(OrderStatus.STOCK_RESERVED));
        stream.start(List.of(change(OrderStatus.PENDING), change(OrderStatus.STOCK_RESERVED)));
        stream.send(change(OrderStatus.STOCK_RESERVED));

        assertThat(emitter.sentIds).containsExactly("PENDING", "STOCK_RESERVED");
    }

    @Test
    void aFinalStatusEndsTheStream() {
        stream.start(List.of(change(OrderStatus.PENDING)));
        stream.send(change(OrderStatus.CANCELLED));
        stream.send(change(OrderStatus.EXPIRED));

        assertThat(emitter.sentIds).containsExactly("PENDING", "CANCELLED");
        assertThat(emitter.completed).isTrue();
    }

    private static OrderStatusChanged change(OrderStatus status) {
        return new OrderStatusChanged(ORDER, status, Instant.now(), null);
    }

    /** Keeps the id of each event instead of writing to a response. */
    private static final class RecordingEmitter extends SseEmitter {
        final List<String> sentIds = new ArrayList<>();
        boolean completed;

        @Override
        public void send(SseEventBuilder event) throws IOException {
            var text = event.build().iterator().next().getData().toString();
            sentIds.add(text.substring(text.indexOf("id:") + 3, text.indexOf('\n', text.indexOf("id:"))));
        }

        @Override
        public void complete() {
            completed = true;
        }
    }
}
