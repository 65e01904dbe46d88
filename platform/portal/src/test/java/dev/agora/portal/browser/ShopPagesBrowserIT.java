package dev.agora.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.portal.PortalApplication;
import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop pages in headless Chromium, with the seven shop services and the authorization server running as
 * processes on their own vhost and database: alice signs in on the authorization server's page, and an async order
 * she places in the portal reaches CONFIRMED on its page without a reload, and shows in her history.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ShopPagesBrowserIT {

    private static final int PORTAL_PORT = FreePort.find();
    private static final String ALICE_EMAIL = "alice-" + UUID.randomUUID() + "@example.org";
    private static final String ALICE_PASSWORD = "alice-" + UUID.randomUUID();

    private static RunningShop shop;
    private static UUID alice;

    @LocalServerPort
    int port;

    private Browser browser;

    @DynamicPropertySource
    static void startShopAndPointThePortalAtIt(DynamicPropertyRegistry registry) {
        shop = TestShop.start(
                "",
                // a few connections each: the browser tests need no throughput, and PostgreSQL allows 100 in all
                Map.of(
                        "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE",
                        "3",
                        // the authorization server sends the browser back here after the sign-in
                        "AGORA_PORTAL_URL",
                        "http://127.0.0.1:" + PORTAL_PORT));
        for (var service : ShopService.values()) {
            registry.add("agora.services." + service.serviceName(), () -> shop.url(service));
        }
        registry.add("spring.rabbitmq.virtual-host", shop::vhost);
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("agora.portal.sign-in.issuer", () -> shop.auth().url());
        registry.add("agora.portal.sign-in.client-secret", () -> shop.auth().secret("portal"));
        var api = new ShopApi(shop, shop.operatorClient());
        alice = api.createUser("alice", ALICE_EMAIL, "FR");
        shop.auth().createAccount(ALICE_EMAIL, ALICE_PASSWORD, alice);
        var book = api.createProduct("The Little Prince", "books");
        api.setPrice(book, new BigDecimal("12.00"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> api.setStock(book, 100));
        // the catalogue is the query service's read model: wait until it has the price and the stock
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(ShopService.QUERY, "/api/products/" + book)
                        .path("available")
                        .isNumber());
    }

    @AfterAll
    static void stopShop() {
        if (shop != null) shop.close();
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
    void aVisitorSeesTheCatalogueButSignsInToOrder() {
        browser.open("/");

        assertThat(browser.driver().findElements(By.cssSelector("#products tr[data-product]")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.id("place-order"))).isEmpty();
        browser.screenshot("shop-catalogue-visitor");

        browser.open("/history");
        browser.signInAt(shop.auth().url(), ALICE_EMAIL, ALICE_PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/users/" + alice + "/orders"));
        assertThat(browser.driver().findElement(By.id("signed-in-as")).getText())
                .isEqualTo(ALICE_EMAIL);
    }

    @Test
    void aShopperWhoSignedInPlacesAnAsyncOrderThatReachesConfirmedWithoutAReload() {
        signInAsAlice();
        assertThat(browser.driver().findElement(By.id("who-orders")).getText()).contains(ALICE_EMAIL);
        browser.driver().findElement(By.id("mode-async")).click();
        var quantity = browser.driver().findElement(By.cssSelector("#products input.qty"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.screenshot("shop-catalogue");
        browser.driver().findElement(By.id("place-order")).click();

        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/orders/[0-9a-f-]{36}$"));
        var page = (JavascriptExecutor) browser.driver();
        page.executeScript("window.agoraSamePage = true;"); // gone if anything reloads the page
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-settled='true']")));

        assertThat(page.executeScript("return window.agoraSamePage === true;")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("CONFIRMED");
        assertThat(browser.driver().findElements(By.cssSelector("#timeline li")))
                .extracting(item -> item.getAttribute("data-status"))
                .startsWith("PENDING")
                .endsWith("CONFIRMED");
        assertThat(browser.driver().findElement(By.id("total")).getText()).matches("\\d+\\.\\d{2} EUR");
        browser.screenshot("shop-order-confirmed");
    }

    @Test
    void aShoppersOrderShowsInTheirOwnHistoryFromTheReadModel() {
        signInAsAlice();
        browser.driver().findElement(By.id("mode-sync")).click();
        var quantity = browser.driver().findElement(By.cssSelector("#products input.qty"));
        quantity.clear();
        quantity.sendKeys("1");
        browser.driver().findElement(By.id("place-order")).click();
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(page -> !page.findElements(By.id("status")).isEmpty()
                        || !page.findElements(By.id("refusal")).isEmpty());
        assertThat(browser.driver().findElements(By.id("refusal")))
                .as("the order was refused")
                .extracting(WebElement::getText)
                .isEmpty();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("status"), "CONFIRMED"));
        var orderId = browser.driver().getCurrentUrl().replaceAll(".*/orders/", "");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.open("/history");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/users/" + alice + "/orders");
            assertThat(browser.driver().findElement(By.id("history")).getText())
                    .contains(orderId.substring(0, 8))
                    .contains("CONFIRMED")
                    .contains("The Little Prince");
        });
        browser.screenshot("shop-history");
    }

    private void signInAsAlice() {
        browser.open("/");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.signInAt(shop.auth().url(), ALICE_EMAIL, ALICE_PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("place-order")));
    }
}
