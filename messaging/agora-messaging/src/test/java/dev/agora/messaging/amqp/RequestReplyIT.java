package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.HardFailException;
import dev.agora.messaging.MessagingException;
import dev.agora.messaging.RemoteFailureException;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.RequestTimeoutException;
import dev.agora.messaging.test.IsolatedBroker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Replies reach the instance that asked, with two instances on each side; timeouts and refusals are clear. */
class RequestReplyIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    private static RunningService pricing1;
    private static RunningService pricing2;
    private static RunningService checkout1;
    private static RunningService checkout2;

    @BeforeAll
    static void startServices() {
        pricing1 = RunningService.start(Pricing.class, "pricing", broker, null, Map.of("test.instance", "pricing-1"));
        pricing2 = RunningService.start(Pricing.class, "pricing", broker, null, Map.of("test.instance", "pricing-2"));
        // the default 5 s is a production bound: 50 calls on a loaded machine may take longer, and that is no failure
        var patient = Map.<String, Object>of("agora.messaging.requests.timeout", "30s");
        checkout1 = RunningService.start(Checkout.class, "checkout", broker, null, patient);
        checkout2 = RunningService.start(Checkout.class, "checkout", broker, null, patient);
    }

    @AfterAll
    static void stopServices() {
        for (var service : new RunningService[] {pricing1, pricing2, checkout1, checkout2}) service.close();
    }

    @Test
    void everyReplyReachesTheInstanceThatAskedWithTwoInstancesOnEachSide() {
        var calls = new ArrayList<CompletableFuture<Quote>>();
        var expected = new ArrayList<Integer>();
        for (int i = 0; i < 50; i++) {
            var caller = i % 2 == 0 ? checkout1 : checkout2;
            calls.add(
                    caller.bean(RequestClient.class).request("pricing", "quote", new QuoteRequest(i, 3), Quote.class));
            expected.add(i * 3);
        }

        var quotes = calls.stream().map(CompletableFuture::join).toList();

        assertThat(quotes).extracting(Quote::total).containsExactlyElementsOf(expected);
        assertThat(quotes).extracting(Quote::pricedBy).contains("pricing-1", "pricing-2");
    }

    @Test
    void aReplyThatComesTooLateFailsTheCallWithATimeoutAndIsDroppedWhenItArrives() {
        var call = checkout1
                .bean(RequestClient.class)
                .request("pricing", "slow-quote", new QuoteRequest(1, 1), Quote.class, Duration.ofMillis(300));

        assertThatThrownBy(call::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("no reply from service 'pricing' to 'slow-quote' within 300 ms");
        var metrics = checkout1.bean(MeterRegistry.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> metrics.find("agora.messages.late.replies").counter() != null);
    }

    @Test
    void aRequestNoServiceCanReceiveFailsAtOnceAsUnroutable() {
        var call = checkout1.bean(RequestClient.class).request("nobody", "quote", new QuoteRequest(1, 1), Quote.class);

        assertThatThrownBy(call::join)
                .cause()
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("no instance of service 'nobody' handles request.nobody.quote");
    }

    @Test
    void aHardFailureOfTheCalledServiceFailsTheCallWithItsReason() {
        var call =
                checkout2.bean(RequestClient.class).request("pricing", "quote", new QuoteRequest(-1, 1), Quote.class);

        assertThatThrownBy(call::join)
                .cause()
                .isInstanceOf(RemoteFailureException.class)
                .hasMessageContaining("pricing failed the request")
                .hasMessageContaining("negative product id");
    }

    @Test
    void aScalarReplyIsReadBackAsItsType() {
        var count = checkout1
                .bean(RequestClient.class)
                .request("pricing", "count", Map.of(), Integer.class)
                .join();

        assertThat(count).isEqualTo(7);
    }

    record QuoteRequest(int productId, int quantity) {}

    record Quote(int total, String pricedBy) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Pricing {
        @Bean
        PricingHandlers pricingHandlers(@Value("${test.instance}") String instance) {
            return new PricingHandlers(instance);
        }
    }

    record PricingHandlers(String instance) {
        @RequestHandler("quote")
        Quote quote(QuoteRequest request) {
            if (request.productId() < 0) throw new HardFailException("negative product id");
            return new Quote(request.productId() * request.quantity(), instance);
        }

        @RequestHandler("slow-quote")
        Quote slowQuote(QuoteRequest request) throws InterruptedException {
            Thread.sleep(800);
            return new Quote(0, instance);
        }

        @RequestHandler("count")
        int count() {
            return 7;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Checkout {}
}
