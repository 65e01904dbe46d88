package dev.agora.shop.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.e2e.ShopClient;
import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.TestShop;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document of every process {@link RunningShop} runs, fuzzed with cases made from
 * that document alone ({@link FuzzCases}): nothing here names a service, so a new one is fuzzed by being run.
 * Between the operations, good orders are placed, and must all end as they would without the bad requests.
 *
 * <p>The seed is printed; {@code -Dfuzz.seed=…} runs another set of cases, {@code -Dfuzz.cases=…} changes the
 * number of cases per operation.
 */
class ApiFuzzIT {

    private static final long DEFAULT_SEED = 20261204L;
    private static final int DEFAULT_CASES_PER_OPERATION = 100;

    static RunningShop shop;

    @BeforeAll
    static void startShop() {
        shop = TestShop.start("fuzz", Map.of("AGORA_MESSAGING_RETRY_DELAYS", TestShop.QUICK_RETRIES));
    }

    @AfterAll
    static void stopShop() {
        if (shop != null) shop.close();
    }

    @Test
    void noGeneratedRequestGetsA5xxOrAClientErrorWithoutAProblemAndGoodOrdersInBetweenEndAsExpected() {
        var seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        var cases = new FuzzCases(seed, Integer.getInteger("fuzz.cases", DEFAULT_CASES_PER_OPERATION));
        System.out.println("API fuzz test: seed " + seed + " (-Dfuzz.seed=" + seed + " repeats these cases)");
        var operatorHttp = shop.operatorClient();
        var orders = GoodOrders.stocked(new ShopClient(shop, operatorHttp), new ShopApi(shop, operatorHttp));
        var http = new FuzzClient(shop.auth().operator().bearer());
        var report = new FuzzReport();
        var started = System.nanoTime();

        shop.urls().forEach((service, url) -> {
            for (var operation : new ApiDocument(service, document(url)).operations()) {
                for (var fuzz : cases.of(operation)) {
                    try {
                        report.record(fuzz, http.send(url, fuzz));
                    } catch (RuntimeException unsent) {
                        report.unsent(fuzz, unsent);
                    }
                }
                orders.placeOne();
            }
        });

        System.out.printf(
                "API fuzz test: %d cases in %d s, %d good orders between them%n%s",
                report.cases(), (System.nanoTime() - started) / 1_000_000_000, orders.placed(), report.table());
        var softly = new SoftAssertions();
        softly.assertThat(report.failures()).as("answers that break the rules").isEmpty();
        softly.check(orders::assertEndedAsExpected);
        softly.assertAll();
    }

    private static JsonNode document(String serviceUrl) {
        var document = RestClient.create()
                .get()
                .uri(serviceUrl + "/v3/api-docs")
                .retrieve()
                .body(JsonNode.class);
        assertThat(document).as("the OpenAPI document of " + serviceUrl).isNotNull();
        return document;
    }
}
