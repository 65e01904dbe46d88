package dev.agora.shop.product.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.messaging.test.PublishedEvents;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.testing.ApiResource;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product service against the real PostgreSQL and RabbitMQ: each change is stored and published to the
 * event exchange, and a change that is not committed is not published.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
@Import(OperatorCaller.class)
class ProductCatalogueIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    Catalogue catalogue;

    @Autowired
    TransactionTemplate transactions;

    private ApiResource<Product> products;
    private PublishedEvents events;

    @BeforeEach
    void startEmptyAndListen(
            @Autowired RestTestClient http, @Autowired RabbitTemplate rabbit, @Autowired JsonMapper json) {
        servers.jdbc().execute("TRUNCATE products");
        products = new ApiResource<>(http, "/api/products", Product.class);
        events = PublishedEvents.subscribe(rabbit, json, "product.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "description"})
    void aNulOrAnUnpairedSurrogateIsABadRequestNamingTheFieldAndNothingIsStored(String field) {
        // as JSON escapes: Jackson on the client side would refuse to write an unpaired surrogate itself
        for (var unstorable : List.of("Du\\u0000ne", "Dune \\ud800")) {
            var details = "{\"name\": \"%s\", \"description\": \"%s\", \"category\": \"books\"}"
                    .formatted(
                            field.equals("name") ? unstorable : "Dune",
                            field.equals("description") ? unstorable : "A desert planet");
            products.assertInvalid(details, field);
        }

        assertThat(count("SELECT count(*) FROM products")).isZero();
    }

    @Test
    void addingStoresTheProductAndPublishesProductCreated() {
        var result = products.create(details("Dune", "A desert planet", "books"));
        var dune = result.getResponseBody();

        assertThat(result.getResponseHeaders().getLocation()).hasPath("/api/products/" + dune.productId());
        assertThat(show(dune.productId())).isEqualTo(dune);
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(created(dune.productId()))
                        .containsExactly(new ProductCreated(dune.productId(), "Dune", "A desert planet", "books")));
    }

    @Test
    void updateStoresTheNewDetailsAndPublishesProductUpdatedWithTheWholeState() {
        var dune = add("Dune", "A desert planet", "books");

        var updated = products.replace(dune.productId(), details("Dune", "Spice and sand", "science fiction"));

        assertThat(updated.updatedAt()).isAfter(dune.updatedAt());
        assertThat(show(dune.productId())).isEqualTo(updated);
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(updated(dune.productId()))
                        .containsExactly(
                                new ProductUpdated(dune.productId(), "Dune", "Spice and sand", "science fiction")));
    }

    @Test
    void updateThatChangesNothingPublishesNothing() {
        var dune = add("Dune", "A desert planet", "books");
        await().atMost(DELIVERY).until(() -> created(dune.productId()).size() == 1);

        update(dune.productId(), "Dune ", "A desert planet", "books")
                .expectStatus()
                .isOk();

        assertThat(show(dune.productId()).updatedAt()).isEqualTo(dune.updatedAt());
        update(dune.productId(), "Dune", "Spice and sand", "books")
                .expectStatus()
                .isOk();
        // the outbox relays in order: once the real change is out, so would the first update's event be
        await().atMost(DELIVERY)
                .until(() -> updated(dune.productId())
                        .equals(List.of(new ProductUpdated(dune.productId(), "Dune", "Spice and sand", "books"))));
    }

    @Test
    void rolledBackAdditionIsNeitherStoredNorPublished() {
        var name = "Never sold " + UUID.randomUUID();

        transactions.executeWithoutResult(transaction -> {
            catalogue.add(new ProductDetails(name, "", "books"));
            transaction.setRollbackOnly(); // as if a later step of the caller's transaction had failed
        });

        var later = add("Dune", "A desert planet", "books");
        // the outbox relays in order: once a later addition is out, so would the rolled back one be
        await().atMost(DELIVERY).until(() -> created(later.productId()).size() == 1);
        assertThat(events.of(
                        "product.created",
                        ProductCreated.class,
                        event -> event.name().equals(name)))
                .isEmpty();
        assertThat(count("SELECT count(*) FROM products WHERE name = '" + name + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM agora_outbox WHERE routing_key = 'product.created'"
                        + " AND convert_from(body, 'UTF8') LIKE '%" + name + "%'"))
                .isZero();
    }

    @Test
    void unknownProductIsANotFoundProblemForReadingAndUpdating() {
        var unknown = UUID.randomUUID();

        products.readMissing(unknown).jsonPath("$.productId").isEqualTo(unknown.toString());
        update(unknown, "Ghost", "", "books").expectStatus().isNotFound();
        assertThat(count("SELECT count(*) FROM products")).isZero();
    }

    @Test
    void listingPagesThroughOneCategoryOrAllOldestFirst() {
        var dune = add("Dune", "", "books");
        var radio = add("Radio", "", "electronics");
        var emma = add("Emma", "", "books");

        products.list("?category=books")
                .jsonPath("$.items[*].productId")
                .isEqualTo(List.of(dune.productId().toString(), emma.productId().toString()))
                .jsonPath("$.total")
                .isEqualTo(2);
        products.list("?limit=2&offset=1")
                .jsonPath("$.items[*].productId")
                .isEqualTo(
                        List.of(radio.productId().toString(), emma.productId().toString()))
                .jsonPath("$.total")
                .isEqualTo(3);
    }

    @Test
    void openApiDocumentDescribesTheProductEndpoints() {
        products.openApiDocument()
                .jsonPath("$.paths['/api/products'].post")
                .exists()
                .jsonPath("$.paths['/api/products/{productId}'].put")
                .exists();
    }

    private Product add(String name, String description, String category) {
        return products.create(details(name, description, category)).getResponseBody();
    }

    private RestTestClient.ResponseSpec update(UUID productId, String name, String description, String category) {
        return products.put(productId, details(name, description, category));
    }

    private Product show(UUID productId) {
        return products.read(productId);
    }

    private static Map<String, String> details(String name, String description, String category) {
        return Map.of("name", name, "description", description, "category", category);
    }

    private List<ProductCreated> created(UUID productId) {
        return events.of(
                "product.created",
                ProductCreated.class,
                event -> event.productId().equals(productId));
    }

    private List<ProductUpdated> updated(UUID productId) {
        return events.of(
                "product.updated",
                ProductUpdated.class,
                event -> event.productId().equals(productId));
    }

    private long count(String sql) {
        return servers.jdbc().queryForObject(sql, Long.class);
    }
}
