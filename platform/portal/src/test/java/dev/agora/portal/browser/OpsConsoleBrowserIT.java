package dev.agora.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.ledger.LedgerApplication;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import dev.agora.portal.PortalApplication;
import dev.agora.shop.testing.RunningAuth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The ops console in headless Chromium against a real broker, signed in as an operator on the real authorization
 * server's page: a message that fails validation is parked by the service it was sent to, shows up in the console,
 * and the console's replay puts it back into that service's work queue. The service is stopped first, so the
 * replayed message stays in the queue to be counted.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OpsConsoleBrowserIT {

    private static final int PORTAL_PORT = FreePort.find();

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema loggerSchema = new IsolatedSchema();

    @RegisterExtension
    static final IsolatedSchema authSchema = new IsolatedSchema();

    private static ConfigurableApplicationContext ledger;
    private static RunningLogger logger;
    private static RunningAuth auth;

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    EventPublisher events;

    private Browser browser;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        broker.springProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("agora.portal.sign-in.issuer", () -> auth.url());
        registry.add("agora.portal.sign-in.client-secret", () -> auth.secret("portal"));
        registry.add("agora.services.logger", () -> logger.url());
    }

    @AfterAll
    static void stopAuth() {
        if (auth != null) auth.close();
    }

    /** The logger is a resource server of this authorization server: it takes the operator's token the console relays. */
    @BeforeAll
    static void startAuthAndLogger() {
        auth = RunningAuth.launch(
                Path.of(System.getProperty("auth.jar")),
                Path.of(System.getProperty("shop.logs")),
                authSchema.jdbcUrl(),
                Map.of(
                        "SPRING_DATASOURCE_HIKARI_SCHEMA",
                        authSchema.schema(),
                        "SPRING_FLYWAY_SCHEMAS",
                        authSchema.schema(),
                        "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE",
                        "3",
                        "AGORA_PORTAL_URL",
                        "http://127.0.0.1:" + PORTAL_PORT),
                List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        var properties = new java.util.LinkedHashMap<String, Object>(broker.springProperties());
        properties.putAll(loggerSchema.springProperties());
        properties.put("AGORA_AUTH_URL", auth.url());
        // as the launcher's supervisor starts a logger it restarted (platform/launcher, Restart.variables)
        properties.put("AGORA_RESTART_COUNT", "2");
        properties.put("AGORA_LAST_EXIT", "137");
        properties.put("AGORA_RESTARTED_AT", "2026-12-04T19:40:12Z");
        logger = RunningLogger.start(properties);
        auth.awaitHealthy();
    }

    @AfterAll
    static void stopLogger() {
        if (logger != null) logger.close();
    }

    @BeforeAll
    static void startLedger() {
        ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .web(WebApplicationType.NONE)
                .properties(broker.springProperties())
                // not the portal's application.yml, which the test classpath also holds
                .properties(
                        "spring.config.name=ledger", "agora.messaging.service=ledger", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopLedger() {
        if (ledger != null) ledger.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://127.0.0.1:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theConsoleSendsAVisitorToSignInAtTheAuthorizationServerAndReplayIsRefusedWithoutIt() {
        browser.open("/ops/parked/ledger");

        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(auth.url() + "/login"));
        browser.screenshot("ops-login-required");
        assertThat(browser.driver().findElement(By.id("sign-in")).isDisplayed()).isTrue();

        var portal = RestClient.create("http://127.0.0.1:" + port);
        assertThat(replay(portal, headers -> {})).isEqualTo(HttpStatus.FORBIDDEN); // no session, no CSRF token
        assertThat(replay(portal, headers -> headers.setBearerAuth("not-a-token")))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(replay(portal, headers -> headers.setBearerAuth(shopToken())))
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aScriptWithAnOperatorsTokenReachesTheConsolesApi() {
        var portal = RestClient.create("http://127.0.0.1:" + port);

        assertThat(portal.get()
                        .uri("/ops/api/services/ledger/parked")
                        .headers(
                                headers -> headers.setBearerAuth(auth.operator().accessToken()))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theConsolesApiSaysHowOftenEachServiceWasRestartedFromItsActuatorInfo() {
        var portal = RestClient.create("http://127.0.0.1:" + port);

        JsonNode services = portal.get()
                .uri("/ops/api/services")
                .headers(headers -> headers.setBearerAuth(auth.operator().accessToken()))
                .retrieve()
                .body(JsonNode.class);

        JsonNode logger = StreamSupport.stream(services.spliterator(), false)
                .filter(service -> service.path("name").asString().equals("logger"))
                .findFirst()
                .orElseThrow();
        assertThat(logger.path("health").asString()).isEqualTo("UP");
        assertThat(logger.path("restarts").path("count").asInt()).isEqualTo(2);
        assertThat(logger.path("restarts").path("lastExit").asString()).isEqualTo("137");
        assertThat(logger.path("restarts").path("restartedAt").asString()).isEqualTo("2026-12-04T19:40:12Z");
    }

    @Test
    void signingOutEndsTheSessionAtTheAuthorizationServerToo() {
        signIn();
        assertThat(browser.driver().findElement(By.id("signed-in-as")).getText())
                .isEqualTo(RunningAuth.OPERATOR);

        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(page -> page.getCurrentUrl().equals("http://127.0.0.1:" + port + "/"));

        // signed out at the authorization server too: the console asks for the password again
        browser.open("/ops");
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(auth.url() + "/login"));
        browser.screenshot("ops-signed-out");
    }

    @Test
    void anInvalidMessageIsParkedShownInTheConsoleAndReplayMovesItBackToItsWorkQueue() {
        publishInvalid("ledger.entry", "{\"event_name\": \"ledger.entry\", \"data\": \"no uuid, no sender\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> depth("ledger_parked_q") == 1);
        ledger.close(); // no consumer from here on: the replayed message waits in ledger_job_q
        ledger = null;
        // the ledger acknowledges in batches: an ack still pending when it closed gives the handled original back
        admin.purgeQueue("ledger_job_q", false);

        signIn();
        browser.open("/ops/parked/ledger");
        var row = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#parked tr[data-parked]")));
        assertThat(row.getText()).contains("ledger.entry");
        browser.screenshot("ops-parked-message");

        row.findElement(By.cssSelector("button.replay")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.alertIsPresent())
                .accept();

        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#parked tr[data-parked]")));
        assertThat(browser.driver().findElement(By.id("outcome")).getText()).contains("replayed into ledger_job_q");
        browser.screenshot("ops-parked-message-replayed");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(depth("ledger_job_q")).as("ledger_job_q").isEqualTo(1);
            assertThat(depth("ledger_parked_q")).as("ledger_parked_q").isZero();
        });
    }

    @Test
    void theTopologyPageDrawsEachServicesExchangesAndQueues() {
        signIn();
        browser.open("/ops/topology?service=ledger");

        var picture = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#picture svg")));
        browser.screenshot("ops-topology");
        assertThat(picture.findElements(By.cssSelector("g[data-node]")))
                .extracting(node -> node.getAttribute("data-node"))
                .contains(
                        "agoram_event_exchange",
                        "log",
                        "ledger_job_q",
                        "ledger_delayed_in_x",
                        "ledger_delayed_out_x",
                        "ledger_parked_q")
                // the ledger neither answers nor makes requests, so it has no request or reply exchange to draw
                .doesNotContain("request.ledger", "reply.ledger");

        browser.open("/ops/topology?service=nobody");
        assertThat(browser.driver().findElement(By.id("error-detail")).getText())
                .isEqualTo("No service 'nobody' has a work queue on this broker");
        browser.screenshot("ops-unknown-service");
    }

    private static HttpStatusCode replay(RestClient portal, Consumer<HttpHeaders> credentials) {
        return portal.post()
                .uri("/ops/api/services/ledger/parked/any-id/replay")
                .headers(credentials)
                .retrieve()
                .onStatus(status -> true, (ignoredRequest, ignoredResponse) -> {})
                .toBodilessEntity()
                .getStatusCode();
    }

    @Test
    void theMessageLogShowsTheTrafficAndOneMessageInFullWithItsHops() {
        events.publish("console.checked", java.util.Map.of("by", "the browser test"))
                .join();

        signIn();
        browser.open("/ops/log?routingKey=console.*");
        var row = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log-rows tr[data-entry]")));
        assertThat(row.getText()).contains("console.checked").contains("portal");
        browser.screenshot("ops-message-log");

        row.findElement(By.tagName("a")).click();
        var body = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("body")));
        assertThat(body.getText())
                .contains("\"event_name\" : \"console.checked\"")
                .contains("the browser test");
        assertThat(browser.driver().findElements(By.cssSelector("#hops li"))).isNotEmpty();
        browser.screenshot("ops-message");
    }

    @Test
    void theServicesPageShowsEachServicesHealthRoleAndApiDocuments() {
        signIn();
        browser.open("/ops");

        var logger = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#services tr[data-service='logger']")));
        assertThat(logger.getText()).contains("UP").contains("restarted 2× (last exit 137, at ");
        assertThat(logger.findElement(By.cssSelector("td.role")).getText()).isEqualTo("service");
        assertThat(logger.findElement(By.linkText("Swagger UI")).getAttribute("href"))
                .endsWith("/swagger-ui.html");
        browser.screenshot("ops-services");

        logger.findElement(By.linkText("channels")).click();
        assertThat(browser.waitUpTo(Duration.ofSeconds(30))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("channels")))
                        .getText())
                .contains("logger_job_q");
    }

    private void signIn() {
        browser.open("/ops");
        browser.signInAt(auth.url(), RunningAuth.OPERATOR, auth.operatorPassword());
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/ops"));
    }

    /** A token with the shop scope only, as a shopper's has. */
    private static String shopToken() {
        return auth.client("agora-cli", "shop").accessToken();
    }

    private void publishInvalid(String routingKey, String body) {
        var properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send(
                "agoram_event_exchange", routingKey, new Message(body.getBytes(StandardCharsets.UTF_8), properties));
    }

    private long depth(String queue) {
        var info = admin.getQueueInfo(queue);
        return info == null ? -1 : info.getMessageCount();
    }
}
