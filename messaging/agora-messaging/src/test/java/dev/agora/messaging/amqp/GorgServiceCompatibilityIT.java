package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.HardFailException;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.RemoteFailureException;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.SoftFailException;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Agora services and a gorg_service bot on one vhost under {@code agora.messaging.compatibility=gorg-service}: events
 * both ways in SOA 1.0 and 2.0, softfails counted on both sides, the bot's logs, and requests both ways. The bot is
 * {@link GorgPeer}, written to the gem's wire format; {@code billing} writes 1.0, {@code invoicing} 2.0.
 */
class GorgServiceCompatibilityIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static RunningService billing;
    private static RunningService invoicing;
    private static GorgPeer bot;

    @BeforeAll
    static void start() throws Exception {
        billing = RunningService.start(Neighbour.class, "billing", broker, null, settings("1.0"));
        invoicing = RunningService.start(Neighbour.class, "invoicing", broker, null, settings("2.0"));
        bot = new GorgPeer(
                broker,
                "gorgbot",
                Map.of(
                        "billing.invoice.created",
                        message -> new GorgPeer.Outcome.Done(),
                        "invoicing.invoice.created",
                        message -> new GorgPeer.Outcome.Done(),
                        "billing.invoice.disputed",
                        message -> message.softfailCount() != null && message.softfailCount() == 0
                                ? new GorgPeer.Outcome.Softfail("ledger busy")
                                : new GorgPeer.Outcome.Done(),
                        "billing.invoice.rejected",
                        message -> new GorgPeer.Outcome.Hardfail("unknown customer"),
                        "request.gorgbot.lookup",
                        message -> new GorgPeer.Outcome.Reply(JSON.objectNode()
                                .put("login", message.data().path("id").asString() + "@gorgbot")),
                        "request.gorgbot.forget",
                        message -> new GorgPeer.Outcome.Hardfail("no such user"),
                        "reply.#",
                        message -> new GorgPeer.Outcome.Done()));
    }

    private static Map<String, Object> settings(String soaVersion) {
        return Map.of(
                "agora.messaging.compatibility", "gorg-service",
                "agora.messaging.soa-version", soaVersion,
                "agora.messaging.retry.delays", "100ms",
                "agora.messaging.requests.timeout", "30s");
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        invoicing.close();
        billing.close();
    }

    @Test
    void theLogExchangeIsAFanoutAsTheGemDeclaresItAndEveryInputExchangeFeedsIt() {
        var log = broker.management().exchanges(broker.vhost()).stream()
                .filter(e -> e.get("name").asString().equals("log"))
                .findFirst()
                .orElseThrow();

        assertThat(log.get("type").asString()).isEqualTo("fanout");
        assertThat(broker.management().bindings(broker.vhost()))
                .filteredOn(b -> b.get("destination").asString().equals("log"))
                .extracting(b -> b.get("source").asString())
                .contains("agoram_event_exchange", "request.billing", "billing.request", "billing_delayed_in_x");
    }

    @Test
    void agoraServicesReadTheBotsEventsInSoa1AndSoa2() throws Exception {
        var v1 = bot.publishEvent("1.0", "gorg.user.created", JSON.objectNode().put("login", "v1"), 0);
        var v2 = bot.publishEvent("2.0", "gorg.user.created", JSON.objectNode().put("login", "v2"), 0);

        for (var service : List.of(billing, invoicing)) {
            var received = service.bean(Received.class);
            await().atMost(PATIENCE)
                    .until(() -> received.of("gorg.user.created").size() >= 2);
            assertThat(received.of("gorg.user.created"))
                    .extracting(d -> d.context().envelope())
                    .anySatisfy(e -> {
                        assertThat(e.uuid().toString()).isEqualTo(v1);
                        assertThat(e.data().get("login").asString()).isEqualTo("v1");
                        assertThat(e.senderId()).isEqualTo("gorgbot");
                    })
                    .anySatisfy(e -> {
                        assertThat(e.uuid().toString()).isEqualTo(v2);
                        assertThat(e.data().get("login").asString()).isEqualTo("v2");
                        assertThat(e.senderId()).isEqualTo("gorgbot");
                    });
        }
        assertNothingParked();
    }

    @Test
    void theBotReadsAgoraEventsInTheVersionEachServiceWritesWithASoftfailCountOfZero() {
        billing.bean(EventPublisher.class)
                .publish("billing.invoice.created", Map.of("invoice", "b-1"))
                .join();
        invoicing
                .bean(EventPublisher.class)
                .publish("invoicing.invoice.created", Map.of("invoice", "i-1"))
                .join();

        var v1 = awaitReceived("billing.invoice.created", 1).getFirst();
        var v2 = awaitReceived("invoicing.invoice.created", 1).getFirst();
        assertThat(v1.soaVersion()).isEqualTo("1.0");
        assertThat(v1.sender()).isEqualTo("billing");
        assertThat(v1.data().get("invoice").asString()).isEqualTo("b-1");
        assertThat(v1.softfailCount()).isZero();
        assertThat(v2.soaVersion()).isEqualTo("2.0");
        assertThat(v2.type()).isEqualTo("event");
        assertThat(v2.sender()).isEqualTo("invoicing");
        assertThat(v2.data().get("invoice").asString()).isEqualTo("i-1");
        assertThat(v2.softfailCount()).isZero();
        assertThat(bot.crashes()).isEmpty();
    }

    @Test
    void aSoftfailOfTheBotOnAnAgoraEventCountsUpAndDoesNotCrashIt() {
        billing.bean(EventPublisher.class)
                .publish("billing.invoice.disputed", Map.of("invoice", "b-2"))
                .join();

        var deliveries = awaitReceived("billing.invoice.disputed", 2);
        assertThat(deliveries).extracting(GorgMessage::softfailCount).containsExactly(0, 1);
        assertThat(deliveries)
                .extracting(GorgMessage::id)
                .containsOnly(deliveries.getFirst().id());
        assertThat(bot.crashes()).isEmpty();
    }

    @Test
    void anAgoraServiceCountsTheBotsSoftfailsAsAttemptsAndCarriesTheCountOn() throws Exception {
        bot.publishEvent("2.0", "gorg.user.flaky", JSON.objectNode().put("login", "flaky"), 3);

        var received = billing.bean(Received.class);
        await().atMost(PATIENCE).until(() -> received.of("gorg.user.flaky").size() >= 3);
        var deliveries = received.of("gorg.user.flaky");
        assertThat(deliveries).extracting(d -> d.context().attempt()).containsExactly(4, 5, 6);
        assertThat(deliveries.getLast().context().headers())
                .containsEntry(Headers.SOFTFAIL_COUNT, 5)
                .containsEntry(Headers.SOA_VERSION, "2.0");
        assertThat(deliveries.getLast().context().envelope().data().get("login").asString())
                .isEqualTo("flaky");
    }

    @Test
    void theBotsSoa2LogMessagesReachTheLogListenerWithoutBeingParked() {
        billing.bean(EventPublisher.class)
                .publish("billing.invoice.rejected", Map.of("invoice", "b-3"))
                .join();

        var logs = billing.bean(Logs.class);
        await().atMost(PATIENCE)
                .until(() -> logs.ofType("log").stream()
                        .anyMatch(m ->
                                "hardfail".equals(String.valueOf(m.headers().get(Headers.ERROR_TYPE)))));
        var log = logs.ofType("log").stream()
                .filter(GorgServiceCompatibilityIT::isRejectionLog)
                .findFirst()
                .orElseThrow();
        assertThat(log.routingKey()).isEqualTo(bot.logRoutingKey());
        assertThat(log.appId()).isEqualTo("gorgbot");
        assertThat(log.headers())
                .containsEntry(Headers.SOA_VERSION, "2.0")
                .containsEntry("level", 4)
                .containsEntry(Headers.ERROR_TYPE, "hardfail");
        assertNothingParked();
    }

    @Test
    void anAgoraServiceAnswersTheBotsRequestsInTheirVersionPairedByTheRequestsId() throws Exception {
        var v1 = bot.publishRequest(
                "1.0", "billing", "request.billing.echo", JSON.objectNode().put("n", 1));
        var v2 = bot.publishRequest(
                "2.0", "invoicing", "request.invoicing.echo", JSON.objectNode().put("n", 2));

        var reply1 = awaitReply("reply.billing.echo", v1);
        var reply2 = awaitReply("reply.invoicing.echo", v2);
        assertThat(reply1.soaVersion()).isEqualTo("1.0");
        assertThat(reply1.data().get("n").asInt()).isEqualTo(1);
        assertThat(reply2.soaVersion()).isEqualTo("2.0");
        assertThat(reply2.type()).isEqualTo("reply");
        assertThat(reply2.header(Headers.STATUS_CODE)).isEqualTo("200");
        assertThat(reply2.data().get("n").asInt()).isEqualTo(2);
    }

    @Test
    void anAgoraServiceAnswersARequestItRefusesWithTheGemsErrorStatus() throws Exception {
        var id = bot.publishRequest("2.0", "invoicing", "request.invoicing.refuse", JSON.objectNode());

        var reply = awaitReply("reply.invoicing.refuse", id);
        assertThat(reply.header(Headers.STATUS_CODE)).isEqualTo("500");
        assertThat(reply.header(Headers.ERROR_TYPE)).isEqualTo("hardfail");
        assertThat(reply.data().get("error_message").asString()).contains("refused by");
    }

    @Test
    void anAgoraRequestToTheBotGetsItsReplyInEitherVersion() {
        for (var caller : List.of(billing, invoicing)) {
            var reply = caller.bean(RequestClient.class)
                    .request("gorgbot", "lookup", Map.of("id", "jdoe"), JsonNode.class)
                    .join();

            assertThat(reply.get("login").asString()).isEqualTo("jdoe@gorgbot");
        }
    }

    @Test
    void agoraServicesUnderTheSwitchStillAnswerEachOther() {
        var fromBilling = billing.bean(RequestClient.class)
                .request("invoicing", "echo", Map.of("n", 3), JsonNode.class)
                .join();
        var fromInvoicing = invoicing
                .bean(RequestClient.class)
                .request("billing", "echo", Map.of("n", 4), JsonNode.class)
                .join();

        assertThat(fromBilling.get("n").asInt()).isEqualTo(3);
        assertThat(fromInvoicing.get("n").asInt()).isEqualTo(4);
    }

    @Test
    void aRequestTheBotHardFailsFailsTheAgoraCallWithItsReason() {
        var call = invoicing.bean(RequestClient.class).request("gorgbot", "forget", Map.of("id", "x"), JsonNode.class);

        assertThatThrownBy(call::join)
                .cause()
                .isInstanceOf(RemoteFailureException.class)
                .hasMessageContaining("no such user");
    }

    @Test
    void anEventNameOutsideTheGemsPatternStopsStartUpNamingIt() {
        assertThatThrownBy(() -> RunningService.start(DigitInName.class, "reporting", broker, null, settings("1.0"))
                        .close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("payment.3ds.required")
                .hasMessageContaining("gorg_service");
    }

    private static boolean isRejectionLog(LoggedMessage message) {
        return "unknown customer".equals(String.valueOf(message.headers().get("error-name")));
    }

    private static List<GorgMessage> awaitReceived(String routingKey, int count) {
        await().atMost(PATIENCE).until(() -> ofKey(routingKey).size() >= count);
        return ofKey(routingKey);
    }

    private static GorgMessage awaitReply(String routingKey, String requestId) {
        await().atMost(PATIENCE)
                .until(() -> ofKey(routingKey).stream().anyMatch(m -> requestId.equals(m.correlationId())));
        return ofKey(routingKey).stream()
                .filter(m -> requestId.equals(m.correlationId()))
                .findFirst()
                .orElseThrow();
    }

    private static List<GorgMessage> ofKey(String routingKey) {
        return bot.received().stream()
                .filter(m -> m.routingKey().equals(routingKey))
                .toList();
    }

    private static void assertNothingParked() {
        for (var service : List.of(billing, invoicing)) {
            assertThat(service.bean(ParkedMessages.class).list(10)).isEmpty();
        }
    }

    /** Handles the bot's events, soft-fails {@code gorg.user.flaky} up to its sixth attempt, answers requests. */
    static class Handlers {
        private final Received received;

        Handlers(Received received) {
            this.received = received;
        }

        @EventHandler("gorg.user.created")
        void created(JsonNode data, MessageContext context) {
            received.add("", context);
        }

        @EventHandler("gorg.user.flaky")
        void flaky(JsonNode data, MessageContext context) {
            received.add("", context);
            if (context.attempt() < 6) throw new SoftFailException("not yet");
        }

        @RequestHandler("echo")
        JsonNode echo(JsonNode data) {
            return data;
        }

        @RequestHandler("refuse")
        JsonNode refuse(JsonNode data) {
            throw new HardFailException("refused by design");
        }
    }

    static class Logs implements LogListener {
        private final List<LoggedMessage> messages = new CopyOnWriteArrayList<>();

        @Override
        public void onMessages(List<LoggedMessage> batch) {
            messages.addAll(batch);
        }

        List<LoggedMessage> ofType(String type) {
            return messages.stream().filter(m -> type.equals(m.type())).toList();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Neighbour {
        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        Handlers handlers(Received received) {
            return new Handlers(received);
        }

        @Bean
        Logs logs() {
            return new Logs();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class DigitInName {
        @Bean
        Object threeDomainSecure() {
            return new Object() {
                @EventHandler("payment.3ds.required")
                void required(JsonNode data) {}
            };
        }
    }
}
