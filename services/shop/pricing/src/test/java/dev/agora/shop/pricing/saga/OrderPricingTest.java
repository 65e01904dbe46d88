package dev.agora.shop.pricing.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.messaging.SoftFailException;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.OrderPricingFailed;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.pricing.copies.Copies;
import dev.agora.shop.pricing.quote.QuoteRefusedException;
import dev.agora.shop.pricing.quote.Quoting;
import dev.agora.shop.pricing.saga.PricedOrderRepository.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

class OrderPricingTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID ANN = UUID.randomUUID();
    private static final List<OrderLine> LINES = List.of(new OrderLine(UUID.randomUUID(), 2));
    private static final StockReserved RESERVED = new StockReserved(ORDER, LINES);

    private final Copies copies = mock();
    private final Quoting quoting = mock();
    private final PricedOrderRepository pricedOrders = mock();
    private final ApplicationEventPublisher events = mock();
    private final OrderPricing pricing = new OrderPricing(copies, quoting, pricedOrders, events);

    @Test
    void pricedOrderIsRecordedAndAnnouncedWithItsQuote() {
        var quote =
                new Quote(List.of(), new BigDecimal("10.00"), new BigDecimal("2.00"), new BigDecimal("12.00"), "EUR");
        given(copies.buyerOf(ORDER)).willReturn(Optional.of(ANN));
        given(quoting.quote(ANN, LINES)).willReturn(quote);
        given(pricedOrders.record(ORDER, Outcome.PRICED)).willReturn(true);

        pricing.price(RESERVED);

        verify(events)
                .publishEvent(
                        new OrderPriced(ORDER, ANN, List.of(), quote.subtotal(), quote.tax(), quote.total(), "EUR"));
    }

    @Test
    void orderWhoseCreationHasNotArrivedIsRetriedLater() {
        given(copies.buyerOf(ORDER)).willReturn(Optional.empty());

        assertThatThrownBy(() -> pricing.price(RESERVED))
                .isInstanceOf(SoftFailException.class)
                .hasMessageContaining("order.created");
        verifyNoInteractions(quoting, pricedOrders, events);
    }

    @Test
    void orderOfAUserPricingDoesNotKnowYetIsRetriedLater() {
        assertRetriedLaterWhenQuotingRefuses(QuoteRefusedException.unknownUser(ANN));
    }

    @Test
    void orderOfAProductPricingDoesNotKnowYetIsRetriedLater() {
        assertRetriedLaterWhenQuotingRefuses(
                QuoteRefusedException.unknownProduct(LINES.getFirst().productId(), 0));
    }

    @Test
    void orderWithAProductWithoutPriceFailsPricingNamingTheProduct() {
        given(copies.buyerOf(ORDER)).willReturn(Optional.of(ANN));
        given(quoting.quote(ANN, LINES))
                .willThrow(QuoteRefusedException.noPrice(LINES.getFirst().productId(), 0, "EUR"));
        given(pricedOrders.record(ORDER, Outcome.FAILED)).willReturn(true);

        pricing.price(RESERVED);

        var failed = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(failed.capture());
        assertThat(failed.getValue()).isInstanceOfSatisfying(OrderPricingFailed.class, event -> {
            assertThat(event.orderId()).isEqualTo(ORDER);
            assertThat(event.reason()).contains(LINES.getFirst().productId().toString());
        });
    }

    @Test
    void orderThatAlreadyHasAnOutcomeIsNotAnnouncedAgain() {
        given(copies.buyerOf(ORDER)).willReturn(Optional.of(ANN));
        given(quoting.quote(ANN, LINES))
                .willReturn(new Quote(List.of(), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, "EUR"));
        given(pricedOrders.record(ORDER, Outcome.PRICED)).willReturn(false);

        pricing.price(RESERVED);

        verify(events, never()).publishEvent(any(Object.class));
    }

    /** A refusal that later events can lift soft-fails the delivery, so it comes back; nothing is recorded. */
    private void assertRetriedLaterWhenQuotingRefuses(QuoteRefusedException refusal) {
        given(copies.buyerOf(ORDER)).willReturn(Optional.of(ANN));
        given(quoting.quote(ANN, LINES)).willThrow(refusal);

        assertThatThrownBy(() -> pricing.price(RESERVED)).isInstanceOf(SoftFailException.class);
        verifyNoInteractions(pricedOrders, events);
    }
}
