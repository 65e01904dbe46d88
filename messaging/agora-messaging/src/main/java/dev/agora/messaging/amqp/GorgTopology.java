package dev.agora.messaging.amqp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.DisposableBean;

/**
 * What a service declares and how it names things so that gorg_service bots can call it and it can call them
 * ({@code docs/gorg-compatibility.md}). The gem 6.0 names its exchanges {@code <app>.request} / {@code <app>.reply},
 * binds them to its work queue with {@code #}, gives a bare exchange name as {@code reply_to} and pairs a reply with
 * the request's {@code message_id}. Agora keeps {@code request.S} / {@code reply.S} as its own and adds, under the
 * switch, {@code S.request} routed on into {@code request.S}, and for each instance an exchange
 * {@code S.<instance>.reply} routed to the instance's reply queue, which it gives as {@code reply_to}.
 */
final class GorgTopology implements DisposableBean {

    /** The gem's event-name pattern: a name that does not match makes a gorg consumer fail. */
    static final Pattern EVENT_NAME = Pattern.compile("^[_a-z]+(\\.?[_a-z]+)*$");

    private static final String REPLY_SUFFIX = ".reply";
    private static final Pattern REPLY_EXCHANGE = Pattern.compile("[A-Za-z0-9_:-]+(\\.[A-Za-z0-9_:-]+)*\\.reply");

    private final Topology topology;
    private final String instanceId;
    private final RabbitAdmin admin;
    private final Supplier<List<String>> publishedNames;

    /** @param publishedNames the names of the events the service publishes, read when it starts */
    GorgTopology(Topology topology, String instanceId, RabbitAdmin admin, Supplier<List<String>> publishedNames) {
        this.topology = topology;
        this.instanceId = instanceId;
        this.admin = admin;
        this.publishedNames = publishedNames;
    }

    /** Where requests to an app go: its {@code <app>.request}, which an Agora service routes into its own. */
    static String requestExchange(String app) {
        return app + ".request";
    }

    /** The exchange this instance names in {@code reply_to}; deleted with the instance's reply queue. */
    String replyExchange() {
        return topology.service() + "." + instanceId + REPLY_SUFFIX;
    }

    /** The gem's reply key: the request's with its first {@code request} turned into {@code reply}. */
    static String replyKey(String requestKey) {
        return requestKey.replaceFirst("request", "reply");
    }

    /**
     * A {@code reply_to} as the gem gives it, an exchange name ending in {@code .reply}, else null: like the
     * {@code reply.C} rule of {@link Headers#replyAddress}, a request cannot make a service publish elsewhere.
     */
    static @Nullable String replyExchangeOf(@Nullable String replyTo) {
        var name = Headers.token(replyTo, Topology.MAX_NAME_BYTES);
        return name != null
                        && name.endsWith(REPLY_SUFFIX)
                        && REPLY_EXCHANGE.matcher(name).matches()
                ? name
                : null;
    }

    /** What a service that answers requests adds: {@code S.request}, routed on into {@code request.S}, and logged. */
    List<Declarable> requestSide() {
        var requests = new TopicExchange(requestExchange(topology.service()), true, false);
        return List.of(
                requests,
                new Binding(
                        topology.requestExchange(),
                        Binding.DestinationType.EXCHANGE,
                        requests.getName(),
                        "#",
                        Map.of()),
                throughLog(requests.getName()));
    }

    /** What the instance adds on its first request: the exchange it names in {@code reply_to}, to its reply queue. */
    void declareReplySide(String replyQueue) {
        var replies = new TopicExchange(replyExchange(), false, true);
        admin.declareExchange(replies);
        admin.declareBinding(new Binding(replyQueue, Binding.DestinationType.QUEUE, replies.getName(), "#", Map.of()));
        admin.declareBinding(throughLog(replies.getName()));
    }

    private Binding throughLog(String exchange) {
        return new Binding(topology.logExchange(), Binding.DestinationType.EXCHANGE, exchange, "#", Map.of());
    }

    /** Fails start-up naming each event name of the service that a gorg consumer could not take. */
    void requireEventNames(Collection<String> handlerPatterns) {
        requireEventNames(handlerPatterns, publishedNames.get());
    }

    /**
     * The reply exchange is bound to the log, so the broker does not delete it with the reply queue: it goes with the
     * instance (one that crashes leaves an empty exchange behind).
     */
    @Override
    public void destroy() {
        admin.deleteExchange(replyExchange());
    }

    /**
     * Fails start-up on the first event name a gorg consumer could not take: the handlers' keys (their words, * and #
     * aside) and the events the service publishes.
     */
    static void requireEventNames(Collection<String> handlerPatterns, Collection<String> publishedNames) {
        var offending = new ArrayList<String>();
        for (var pattern : handlerPatterns) {
            var words = pattern.replace("*", "_").replace("#", "_");
            if (!EVENT_NAME.matcher(words).matches()) offending.add("handler key '" + pattern + "'");
        }
        for (var name : publishedNames) {
            if (!EVENT_NAME.matcher(name).matches()) offending.add("published event '" + name + "'");
        }
        if (!offending.isEmpty()) {
            throw new IllegalStateException(
                    "agora.messaging.compatibility=gorg-service: " + String.join(", ", offending)
                            + " does not match the gorg_service event-name pattern " + EVENT_NAME.pattern()
                            + " (lowercase letters and underscores, words joined by dots)");
        }
    }
}
