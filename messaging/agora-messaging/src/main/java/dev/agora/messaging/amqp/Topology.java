package dev.agora.messaging.amqp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The names the conventions give one service: pure functions of the service name and the settings, so
 * every instance and every tool computes the same ones.
 */
record Topology(String service, String eventExchange, String logExchange) {

    /** AMQP carries the names of exchanges and queues, and routing keys, as short strings. */
    static final int MAX_NAME_BYTES = 255;

    private static final String REPLY_PREFIX = "reply.";
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORDS = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Set<String> VALID_KEYS = ConcurrentHashMap.newKeySet();

    Topology {
        if (service == null || !SERVICE_NAME.matcher(service).matches()) {
            throw new IllegalArgumentException(
                    "agora.messaging.service must be lowercase words joined by dashes, was '" + service + "'");
        }
    }

    static Topology of(MessagingProperties properties) {
        return new Topology(properties.service(), properties.eventExchange(), properties.logExchange());
    }

    String requestExchange() {
        return requestExchange(service);
    }

    static String requestExchange(String service) {
        return "request." + service;
    }

    String replyExchange() {
        return REPLY_PREFIX + service;
    }

    /** Whether a name is some service's reply exchange, the only place a reply may be sent. */
    static boolean isReplyExchange(String name) {
        return name.startsWith(REPLY_PREFIX)
                && SERVICE_NAME.matcher(name.substring(REPLY_PREFIX.length())).matches();
    }

    String jobQueue() {
        return service + "_job_q";
    }

    String delayedIn() {
        return service + "_delayed_in_x";
    }

    String delayedOut() {
        return service + "_delayed_out_x";
    }

    String parkedQueue() {
        return service + "_parked_q";
    }

    /** Where the messages of {@code queue} wait while it is declared anew with other arguments. */
    String holdingQueue(String queue) {
        return queue.replaceFirst("_q$", "_upgrade_q");
    }

    /** Held (an exclusive queue) by the one instance that upgrades the service's queues. */
    String upgradeLockQueue() {
        return service + "_upgrade_lock_q";
    }

    String logQueue() {
        return service + "_log_q";
    }

    String replyQueue(String instanceId) {
        return service + "_reply_" + instanceId + "_q";
    }

    /** Replies to this instance are routed with keys ending in its id. */
    String replyBindingKey(String instanceId) {
        return "#." + instanceId;
    }

    static String requestKey(String service, String action) {
        requireWords(action, "request action");
        return "request." + service + "." + action;
    }

    String requestPrefix() {
        return "request." + service + ".";
    }

    static String replyKey(String service, String action, String callerInstanceId) {
        return REPLY_PREFIX + service + "." + action + "." + callerInstanceId;
    }

    /**
     * The key a soft-failed message takes through {@code S_delayed_in_x}: its own key and the delay level, so
     * each level has its storage queue, named from this key with dots as dashes.
     */
    static String deferredKey(String routingKey, Duration delay) {
        return routingKey + "." + delayLabel(delay);
    }

    String deferredQueue(String routingKey, Duration delay) {
        return service + "_" + deferredKey(routingKey, delay).replace('.', '-') + "_deferred_q";
    }

    static String delayLabel(Duration delay) {
        long millis = delay.toMillis();
        if (millis % 3_600_000 == 0) return millis / 3_600_000 + "h";
        if (millis % 60_000 == 0) return millis / 60_000 + "m";
        if (millis % 1_000 == 0) return millis / 1_000 + "s";
        return millis + "ms";
    }

    /**
     * Whether a name fits an AMQP short string. The client encodes a frame only after it took the channel's next
     * step (a confirm sequence number, a pending reply), so a name that does not fit must never reach a channel.
     */
    static boolean fitsName(String name) {
        return name.length() <= MAX_NAME_BYTES / 3 || name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    /** Publishing checks the same few names again and again: each is matched once. */
    static String requireWords(String key, String what) {
        if (key != null && VALID_KEYS.contains(key)) return key;
        if (key == null || !WORDS.matcher(key).matches()) {
            throw new IllegalArgumentException(what + " must be lowercase words joined by dots, was '" + key + "'");
        }
        return key;
    }
}
