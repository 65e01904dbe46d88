package dev.agora.shop.user.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.messaging.test.PublishedEvents;
import dev.agora.shop.contracts.events.UserCreated;
import dev.agora.shop.contracts.events.UserUpdated;
import dev.agora.shop.testing.ApiResource;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user service against the real PostgreSQL and RabbitMQ: each change is stored and published to the event
 * exchange, a change that is not committed is not published, and one email belongs to one user.
 */
// no registration here has a password, so the service's client never asks for a token: SignInAccountIT does
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"agora.service-calls.token.client-id=user", "agora.service-calls.token.client-secret=unused"})
@AutoConfigureRestTestClient
@DirtiesContext
@Import(OperatorCaller.class)
class UserDirectoryIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    RestTestClient http;

    @Autowired
    UserDirectory directory;

    @Autowired
    TransactionTemplate transactions;

    private ApiResource<User> users;
    private PublishedEvents events;

    @BeforeEach
    void startEmptyAndListen(@Autowired RabbitTemplate rabbit, @Autowired JsonMapper json) {
        servers.jdbc().execute("TRUNCATE users");
        users = new ApiResource<>(http, "/api/users", User.class);
        // an event the last test left in the outbox would reach this test's queue (emails repeat): let it leave
        await().atMost(DELIVERY).until(() -> count("SELECT count(*) FROM agora_outbox WHERE sent_at IS NULL") == 0);
        events = PublishedEvents.subscribe(rabbit, json, "user.*");
    }

    @Test
    void aNameWithANulIsABadRequestNamingItAndNothingIsStored() {
        users.assertInvalid("{\"name\": \"Ann\\u0000\", \"email\": \"ann@example.com\", \"country\": \"FR\"}", "name");

        assertThat(servers.jdbc().queryForObject("SELECT count(*) FROM users", Long.class))
                .isZero();
    }

    @Test
    void aMalformedUserIdIsABadRequestNamingIt() {
        http.get()
                .uri("/api/users/{id}", "ann")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.parameter")
                .isEqualTo("userId");
    }

    @Test
    void registrationStoresTheUserAndPublishesUserCreated() {
        var result = users.create(details("Ann", "ann@example.com", "FR"));
        var ann = result.getResponseBody();

        assertThat(result.getResponseHeaders().getLocation()).hasPath("/api/users/" + ann.userId());
        assertThat(ann.createdAt()).isEqualTo(ann.updatedAt());
        assertThat(show(ann.userId())).isEqualTo(ann);
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(created(ann.userId()))
                        .containsExactly(new UserCreated(ann.userId(), "Ann", "ann@example.com", "FR")));
    }

    @Test
    void updateStoresTheNewDetailsAndPublishesUserUpdatedWithTheWholeState() {
        var ann = register("Ann", "ann@example.com", "FR");

        var updated = users.replace(ann.userId(), details("Ann Smith", "ann@example.com", "DE"));

        assertThat(updated.updatedAt()).isAfter(ann.updatedAt());
        assertThat(updated.createdAt()).isEqualTo(ann.createdAt());
        assertThat(show(ann.userId())).isEqualTo(updated);
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(updated(ann.userId()))
                        .containsExactly(new UserUpdated(ann.userId(), "Ann Smith", "ann@example.com", "DE")));
    }

    @Test
    void updateThatChangesNothingPublishesNothing() {
        var ann = register("Ann", "ann@example.com", "FR");
        await().atMost(DELIVERY).until(() -> created(ann.userId()).size() == 1);

        update(ann.userId(), " Ann ", "ann@example.com", "FR").expectStatus().isOk();

        assertThat(show(ann.userId()).updatedAt()).isEqualTo(ann.updatedAt());
        update(ann.userId(), "Ann", "ann@example.com", "DE").expectStatus().isOk();
        // the outbox relays in order: once the real change is out, so would the first update's event be
        await().atMost(DELIVERY)
                .until(() -> updated(ann.userId())
                        .equals(List.of(new UserUpdated(ann.userId(), "Ann", "ann@example.com", "DE"))));
    }

    @Test
    void rolledBackRegistrationIsNeitherStoredNorPublished() {
        var email = "rolled.back@example.com";

        transactions.executeWithoutResult(transaction -> {
            directory.register(new UserDetails("Rolf", email, "AT"));
            transaction.setRollbackOnly(); // as if a later step of the caller's transaction had failed
        });

        var later = register("Lara", "lara@example.com", "AT");
        // the outbox relays in order: once a later registration is out, so would the rolled back one be
        await().atMost(DELIVERY).until(() -> created(later.userId()).size() == 1);
        assertThat(createdWithEmail(email)).isEmpty();
        assertThat(count("SELECT count(*) FROM users WHERE email = '" + email + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE routing_key = 'user.created'"
                        + " AND convert_from(body, 'UTF8') LIKE '%" + email + "%'"))
                .isZero();
    }

    @Test
    void registeringATakenEmailInAnyCaseIsAConflictNamingEmailAndItsHolder() {
        var ann = register("Ann", "ann@example.com", "FR");

        users.postRefused(details("Another Ann", "ANN@Example.com", "BE"), HttpStatus.CONFLICT)
                .jsonPath("$.field")
                .isEqualTo("email")
                .jsonPath("$.existingUserId")
                .isEqualTo(ann.userId().toString());

        assertThat(count("SELECT count(*) FROM users")).isOne();
        await().atMost(DELIVERY).until(() -> created(ann.userId()).size() == 1);
        var later = register("Lara", "lara@example.com", "AT");
        await().atMost(DELIVERY).until(() -> created(later.userId()).size() == 1);
        assertThat(createdWithEmail("ann@example.com")).hasSize(1);
    }

    @Test
    void updatingToAnotherUsersEmailIsAConflictAndChangesNothing() {
        var ann = register("Ann", "ann@example.com", "FR");
        var bob = register("Bob", "bob@example.com", "FR");

        update(bob.userId(), "Bob", "Ann@example.com", "FR")
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("email")
                .jsonPath("$.existingUserId")
                .isEqualTo(ann.userId().toString());

        assertThat(show(bob.userId())).isEqualTo(bob);
        update(bob.userId(), "Bob", "bob@example.com", "BE").expectStatus().isOk();
        await().atMost(DELIVERY)
                .until(() -> updated(bob.userId())
                        .equals(List.of(new UserUpdated(bob.userId(), "Bob", "bob@example.com", "BE"))));
    }

    @Test
    void concurrentRegistrationsOfOneEmailCreateOneUserAndConflictForTheRest() throws Exception {
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Future<Integer>>();
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                var name = "Twin " + i;
                statuses.add(callers.submit(() -> {
                    start.await();
                    return users.post(details(name, "twin@example.com", "NL"))
                            .returnResult()
                            .getStatus()
                            .value();
                }));
            }
            start.countDown();
        }

        var answers = new ArrayList<Integer>();
        for (var status : statuses) answers.add(status.get());
        assertThat(answers).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(count("SELECT count(*) FROM users")).isOne();
    }

    @Test
    void unknownUserIsANotFoundProblemForReadingAndUpdating() {
        var unknown = UUID.randomUUID();

        users.readMissing(unknown).jsonPath("$.userId").isEqualTo(unknown.toString());
        update(unknown, "Nobody", "nobody@example.com", "FR").expectStatus().isNotFound();
        assertThat(count("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void listingPagesThroughUsersOldestFirst() {
        var ann = register("Ann", "ann@example.com", "FR");
        var bob = register("Bob", "bob@example.com", "DE");
        var cid = register("Cid", "cid@example.com", "ES");

        users.list("?limit=2")
                .jsonPath("$.items[*].userId")
                .isEqualTo(List.of(ann.userId().toString(), bob.userId().toString()))
                .jsonPath("$.total")
                .isEqualTo(3);
        users.list("?limit=2&offset=2")
                .jsonPath("$.items[*].userId")
                .isEqualTo(List.of(cid.userId().toString()));
    }

    @Test
    void openApiDocumentDescribesTheUserEndpoints() {
        users.openApiDocument()
                .jsonPath("$.paths['/api/users'].post")
                .exists()
                .jsonPath("$.paths['/api/users/{userId}'].put")
                .exists()
                .jsonPath("$.components.schemas.UserDetails.properties.password.type")
                .isEqualTo("string")
                .jsonPath("$.components.schemas.UserDetails.properties.password.format")
                .isEqualTo("password");
    }

    private User register(String name, String email, String country) {
        return users.create(details(name, email, country)).getResponseBody();
    }

    private RestTestClient.ResponseSpec update(UUID userId, String name, String email, String country) {
        return users.put(userId, details(name, email, country));
    }

    private User show(UUID userId) {
        return users.read(userId);
    }

    private static Map<String, String> details(String name, String email, String country) {
        return Map.of("name", name, "email", email, "country", country);
    }

    private List<UserCreated> created(UUID userId) {
        return events.of(
                "user.created", UserCreated.class, event -> event.userId().equals(userId));
    }

    /** Whatever case the email is in. */
    private List<UserCreated> createdWithEmail(String email) {
        return events.of(
                "user.created", UserCreated.class, event -> event.email().equalsIgnoreCase(email));
    }

    private List<UserUpdated> updated(UUID userId) {
        return events.of(
                "user.updated", UserUpdated.class, event -> event.userId().equals(userId));
    }

    private long count(String sql) {
        return servers.jdbc().queryForObject(sql, Long.class);
    }
}
