package dev.agora.messaging.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service under test publishes, caught on a queue of the test's own bound to the event exchange like a
 * subscribing service's job queue: what reaches it is exactly what the other services receive.
 *
 * <pre>{@code
 * @BeforeEach
 * void listen() {
 *     events = PublishedEvents.subscribe(rabbit, json, "user.*");
 * }
 *
 * await().atMost(DELIVERY)
 *         .until(() -> events.of("user.created", UserCreated.class, user -> user.userId().equals(id)).size() == 1);
 * }</pre>
 *
 * <p>One at a time per vhost: subscribing again starts afresh, forgetting the queue's earlier bindings and
 * events, so one test does not see the last one's. Read with basic.get, so nothing runs in the background.
 */
public final class PublishedEvents {

    private static final String QUEUE = "test_published_events_q";

    private final RabbitAdmin admin;
    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final List<ReceivedEvent> received = new ArrayList<>();

    private PublishedEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.admin = new RabbitAdmin(rabbit);
        this.rabbit = rabbit;
        // amounts as written (12.50, not the double 12.5): tests see exactly what the service put on the wire
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /**
     * Starts catching the events on the event exchange that match any of the topic patterns.
     *
     * @param rabbit connected to the test's vhost, as the service's own template is
     */
    public static PublishedEvents subscribe(RabbitTemplate rabbit, JsonMapper json, String... patterns) {
        var events = new PublishedEvents(rabbit, json);
        events.admin.deleteQueue(QUEUE);
        events.admin.declareQueue(new Queue(QUEUE, false, false, false));
        // the service declares the exchange too, identically: whoever comes first creates it
        events.admin.declareExchange(new TopicExchange(EventExchange.NAME, true, false));
        for (var pattern : patterns) events.alsoFrom(EventExchange.NAME, pattern);
        return events;
    }

    /**
     * Catches what another exchange routes with this binding key too, such as a service's delayed-retry
     * exchange: {@link ReceivedEvent#exchange()} tells them apart. The exchange must exist.
     */
    public PublishedEvents alsoFrom(String exchange, String bindingKey) {
        admin.declareBinding(new Binding(QUEUE, Binding.DestinationType.QUEUE, exchange, bindingKey, null));
        return this;
    }

    /** Every message caught so far, in the order they arrived. */
    public synchronized List<ReceivedEvent> received() {
        for (var message = rabbit.receive(QUEUE); message != null; message = rabbit.receive(QUEUE)) {
            var properties = message.getMessageProperties();
            received.add(new ReceivedEvent(
                    properties.getReceivedExchange(),
                    properties.getReceivedRoutingKey(),
                    json.readTree(message.getBody())));
        }
        return List.copyOf(received);
    }

    /** The events of that name caught so far, read into the contract type as a subscriber would read them. */
    public <T> List<T> of(String eventName, Class<T> type) {
        return of(eventName, type, any -> true);
    }

    /** The events of that name caught so far that match, read into the contract type. */
    public <T> List<T> of(String eventName, Class<T> type, Predicate<? super T> matching) {
        return received().stream()
                .filter(event -> event.name().equals(eventName))
                .map(event -> json.treeToValue(event.data(), type))
                .filter(matching)
                .toList();
    }

    /** The first event of that name that matches, once caught; fails if none is within the time. */
    public ReceivedEvent awaitFirst(String eventName, Predicate<? super ReceivedEvent> matching, Duration within) {
        return await().atMost(within)
                .until(
                        () -> received().stream()
                                .filter(event -> event.name().equals(eventName) && matching.test(event))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
