package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.testing.ShopService;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

    @Test
    void findsTheUrlOfAFailedRequestInSpringsMessage() {
        assertThat(DemoScenario.failedUrl(
                        "I/O error on GET request for \"http://127.0.0.1:8106/api/orders/1\": Connection refused"))
                .isEqualTo("http://127.0.0.1:8106/api/orders/1");
        assertThat(DemoScenario.failedUrl("Connection refused")).isNull();
    }

    @Test
    void saysWhyAServiceIsNotAnsweringInWords() {
        var refused = new org.springframework.web.client.ResourceAccessException(
                "I/O error", new java.io.IOException("x", new java.net.ConnectException()));

        assertThat(ServiceDownException.rootMessage(refused)).isEqualTo("connection refused");
        assertThat(new ServiceDownException("order", "http://127.0.0.1:8106", refused))
                .hasMessage("the order service at http://127.0.0.1:8106 is not answering (connection refused)");
        assertThat(ServiceDownException.rootMessage(new IllegalStateException("odd")))
                .isEqualTo("odd");
    }

    @Test
    void tellsWhichServiceAUrlBelongsTo() {
        var urls = new LinkedHashMap<ShopService, String>();
        var services = ShopService.values();
        for (int i = 0; i < services.size(); i++) {
            urls.put(services.get(i), "http://127.0.0.1:" + (8101 + i));
        }
        var platform = new Platform(
                urls,
                "http://127.0.0.1:8070",
                "http://127.0.0.1:8090",
                "http://127.0.0.1:8080/",
                "http://127.0.0.1:15672");

        assertThat(platform.nameOf("http://127.0.0.1:8106/api/orders/1/events")).isEqualTo("order");
        assertThat(platform.nameOf("http://127.0.0.1:8101")).isEqualTo("user");
        assertThat(platform.nameOf("http://127.0.0.1:8080/ops")).isEqualTo("portal");
        assertThat(platform.nameOf("http://127.0.0.1:8070/oauth2/token")).isEqualTo("auth");
        assertThat(platform.nameOf("http://127.0.0.1:81060/x")).isNull();
    }

    @Test
    void aStatusIsFinalWhenTheOrderCanNoLongerMove() {
        assertThat(OrderStatus.CONFIRMED.isFinal()).isTrue();
        assertThat(OrderStatus.REJECTED.isFinal()).isTrue();
        assertThat(OrderStatus.PRICED.isFinal()).isFalse();
    }

    @Test
    void demoNamesAreRecognisableAndUniquePerRun() {
        var one = DemoData.newSuffix();
        var other = DemoData.newSuffix();

        assertThat(one).hasSize(6).isNotEqualTo(other);
        assertThat(DemoData.named("Ada Lovelace", "3f9a2c")).isEqualTo("Ada Lovelace (demo 3f9a2c)");
        assertThat(DemoData.email("Ada Lovelace", "3f9a2c")).isEqualTo("ada.lovelace.3f9a2c@demo.agora.example");
    }
}
