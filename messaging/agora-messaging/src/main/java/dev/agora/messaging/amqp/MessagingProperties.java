package dev.agora.messaging.amqp;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code agora.messaging.*}: the service's name and how it uses the broker. The exchange names default to
 * the seed's conventions.
 *
 * @param service the service identifier S in {@code request.S}, {@code S_job_q}...; lowercase words
 *     joined by dashes
 * @param instanceId identifies this process for replies; random when not set
 * @param role {@code service} (the default): a work queue, its handlers and its failure path; {@code client}: only
 *     publishes and asks (a web front end), with no queue or listener of its own until it sends a request
 * @param compatibility {@code gorg-service} to share the vhost with gorg_service bots
 * @param soaVersion the Gadz.org SOA version messages are written in, {@code 1.0} (the envelope) or {@code 2.0}
 *     (only under {@code compatibility=gorg-service}); both are read under it
 * @param unknownFailures how an exception that is neither declared soft nor hard is treated
 * @param deliveryLimit how often the work queue may deliver one message that comes back unsettled (a consumer died
 *     or gave it back) before the broker parks it; retries are new messages and do not count
 */
@ConfigurationProperties("agora.messaging")
public record MessagingProperties(
        String service,
        @Nullable String instanceId,
        @DefaultValue("service") Role role,
        @DefaultValue("agoram_event_exchange") String eventExchange,
        @DefaultValue("log") String logExchange,
        @DefaultValue("250") int prefetch,
        @DefaultValue("1") int concurrency,
        @DefaultValue Acks acks,
        @DefaultValue("1MB") DataSize maxMessageSize,
        @DefaultValue("soft") FailureKind unknownFailures,
        @DefaultValue("20") int deliveryLimit,
        @DefaultValue("none") Compatibility compatibility,
        @DefaultValue("1.0") String soaVersion,
        @DefaultValue Retry retry,
        @DefaultValue Publisher publisher,
        @DefaultValue Requests requests,
        @DefaultValue Outbox outbox,
        @DefaultValue Inbox inbox,
        @DefaultValue Database database,
        @DefaultValue LogListenerSettings logListener) {

    public enum Role {
        /** Consumes its work queue: handlers, retries, parking, delayed events, a log listener. */
        SERVICE,
        /** Publishes events and sends requests only: no work queue, parking queue or listener container. */
        CLIENT
    }

    /** Who else speaks on the vhost; {@code docs/gorg-compatibility.md} says what each setting changes. */
    public enum Compatibility {
        /** Agora services only, as the conventions say: {@code log} is a topic exchange. */
        NONE,
        /**
         * Bots of the seed's reference implementation, the gorg_service gem 6.0, too: {@code log} is a fanout as
         * the gem declares it, {@code softfail-count} is carried and honoured, SOA 2.0 is read, event names are held
         * to the gem's pattern, and requests are answered both ways.
         */
        GORG_SERVICE
    }

    /**
     * @param batchSize finished deliveries acknowledged together with one multiple-ack; 1 acks each one
     * @param interval the longest a finished delivery waits for its ack when the queue goes quiet
     */
    public record Acks(
            @DefaultValue("50") int batchSize,
            @DefaultValue("20ms") Duration interval) {}

    public enum FailureKind {
        SOFT,
        HARD
    }

    /**
     * @param delays the backoff ladder; attempts beyond its length wait the last delay
     * @param maxAttempts deliveries before a message that keeps failing softly is parked
     */
    public record Retry(
            @DefaultValue({"1s", "5s", "30s", "5m", "30m"}) List<Duration> delays,
            @DefaultValue("10") int maxAttempts) {}

    /**
     * @param channels publishing channels on the publisher connection; each keeps its own confirm window
     * @param maxInFlight unconfirmed messages per channel before publishing waits
     * @param confirmTimeout how long a message may stay unconfirmed, reconnections included, before its
     *     publication fails
     */
    public record Publisher(
            @DefaultValue("2") int channels,
            @DefaultValue("500") int maxInFlight,
            @DefaultValue("30s") Duration confirmTimeout) {}

    public record Requests(@DefaultValue("5s") Duration timeout) {}

    /**
     * @param pollInterval how often the relay looks for rows left behind (a crash, a broker outage); rows
     *     committed by this process are relayed at once
     * @param retention how long sent rows are kept
     */
    public record Outbox(
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("24h") Duration retention) {}

    /** @param retention how long processed message ids are remembered to drop redeliveries */
    public record Inbox(@DefaultValue("7d") Duration retention) {}

    /**
     * @param enabled whether handlers run in a database transaction with an inbox and events go through an
     *     outbox, when the service has a DataSource; a service that neither handles nor publishes events
     *     can turn it off to keep these tables out of its schema
     */
    public record Database(@DefaultValue("true") boolean enabled) {}

    public record LogListenerSettings(
            @DefaultValue("#") String bindingKey,
            @DefaultValue("200") int batchSize) {}
}
