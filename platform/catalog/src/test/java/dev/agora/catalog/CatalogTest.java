package dev.agora.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final List<CatalogSystem> SYSTEMS =
            List.of(new CatalogSystem("platform", 8000, List.of()), new CatalogSystem("shop", 8100, List.of()));

    private final Catalog catalog = Catalog.standard();

    @Test
    void theAuthorizationServerComesFirstSoItStartsFirst() {
        assertThat(catalog.services().getFirst())
                .extracting(CatalogEntry::name, CatalogEntry::system, CatalogEntry::url, CatalogEntry::jar)
                .containsExactly("auth", "platform", "http://127.0.0.1:8070", "platform/auth/target/agora-auth.jar");
    }

    @Test
    void theShopIsTheSevenServicesOfSystemShopInStartOrder() {
        assertThat(catalog.system("shop"))
                .extracting(CatalogEntry::name)
                .containsExactly("user", "product", "pricing", "inventory", "payment", "order", "query");
        assertThat(catalog.system("shop")).allSatisfy(s -> assertThat(s.port()).isBetween(8100, 8199));
    }

    @Test
    void theShopsHarnessRunsTheAuthorizationServerAndTheLoggerBesideTheShop() {
        assertThat(catalog.harness("shop"))
                .extracting(CatalogEntry::name)
                .containsExactly(
                        "auth", "logger", "user", "product", "pricing", "inventory", "payment", "order", "query");
    }

    @Test
    void aSystemRunningWithAnUnknownServiceIsRefused() {
        var shop = new CatalogSystem("shop", 8100, List.of("ledger"));

        assertThatThrownBy(() -> new Catalog(List.of(shop), List.of()))
                .hasMessage("system shop runs with 'ledger', which is not in the catalogue");
    }

    @Test
    void orderCallsInventoryPricingAndPaymentWithATokenOfItsOwn() {
        var order = catalog.require("order");

        assertThat(order.calls()).containsExactly("inventory", "pricing", "payment");
        assertThat(order.client()).isTrue();
        assertThat(order.needs()).containsExactly("database");
        assertThat(order.local()).containsEntry("AGORA_SHOP_ORDER_PAYMENT_TIMEOUT", "PT20S");
    }

    @Test
    void anUnknownServiceIsRefusedWithTheKnownOnes() {
        assertThat(catalog.find("nope")).isEmpty();
        assertThatThrownBy(() -> catalog.require("nope"))
                .hasMessageContaining("no service 'nope'")
                .hasMessageContaining("order");
    }

    @Test
    void aPortOutsideItsSystemsRangeIsRefused() {
        var misplaced = service("cart", "shop", 8090, List.of());

        assertThatThrownBy(() -> new Catalog(SYSTEMS, List.of(misplaced)))
                .hasMessage("service cart: port 8090 is outside the shop system's ports 8100-8199");
    }

    @Test
    void anUnknownSystemIsRefused() {
        assertThatThrownBy(() -> new Catalog(SYSTEMS, List.of(service("desk", "school", 8201, List.of()))))
                .hasMessageContaining("service desk: unknown system 'school'");
    }

    @Test
    void aCallToAServiceNotInTheCatalogueIsRefused() {
        var cart = service("cart", "shop", 8110, List.of("wishlist"));

        assertThatThrownBy(() -> new Catalog(SYSTEMS, List.of(cart)))
                .hasMessage("service cart calls 'wishlist', which is not in the catalogue");
    }

    @Test
    void aServerNobodyKnowsIsRefused() {
        var cart = new CatalogEntry(
                "cart", "shop", "services/shop/cart", 8110, "carts", List.of("postgres"), List.of(), false, Map.of());

        assertThatThrownBy(() -> new Catalog(SYSTEMS, List.of(cart)))
                .hasMessageStartingWith("service cart needs 'postgres', which is none of database, kafka");
    }

    @Test
    void twoServicesCannotShareANameOrAPort() {
        var a = service("a", "shop", 8110, List.of());

        assertThatThrownBy(() -> new Catalog(SYSTEMS, List.of(a, service("a", "shop", 8111, List.of()))))
                .hasMessage("two services named a");
        assertThatThrownBy(() -> new Catalog(SYSTEMS, List.of(a, service("b", "shop", 8110, List.of()))))
                .hasMessage("two services on port 8110");
    }

    @Test
    void aServiceWithoutAPortIsRefusedOnReading() {
        var yaml = """
                systems: {shop: {ports: 8100}}
                services:
                  - {name: cart, system: shop, module: services/shop/cart, description: carts}
                """;

        assertThatThrownBy(() -> CatalogReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("has no port");
    }

    private static CatalogEntry service(String name, String system, int port, List<String> calls) {
        return new CatalogEntry(
                name, system, "services/" + system + "/" + name, port, name, List.of(), calls, false, Map.of());
    }
}
