package dev.agora.shop.order.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whether a repeat under the same Idempotency-Key asks for the order stored under it. */
class NewOrderTest {

    private static final UUID USER = UUID.randomUUID();
    private static final UUID BOOK = UUID.randomUUID();
    private static final UUID PEN = UUID.randomUUID();
    private static final Order STORED =
            Order.open(new NewOrder(USER, List.of(new OrderLine(BOOK, 2), new OrderLine(PEN, 1)), OrderMode.ASYNC));

    @Test
    void theSameRequestMatches() {
        var repeat = new NewOrder(USER, List.of(new OrderLine(BOOK, 2), new OrderLine(PEN, 1)), OrderMode.ASYNC);

        assertThat(repeat.sameRequestAs(STORED)).isTrue();
    }

    @Test
    void theOrderOfTheLinesDoesNotMatter() {
        var repeat = new NewOrder(USER, List.of(new OrderLine(PEN, 1), new OrderLine(BOOK, 2)), OrderMode.ASYNC);

        assertThat(repeat.sameRequestAs(STORED)).isTrue();
    }

    @Test
    void anotherQuantityIsAnotherOrder() {
        var repeat = new NewOrder(USER, List.of(new OrderLine(BOOK, 3), new OrderLine(PEN, 1)), OrderMode.ASYNC);

        assertThat(repeat.sameRequestAs(STORED)).isFalse();
    }

    @Test
    void aMissingOrExtraLineIsAnotherOrder() {
        var fewer = new NewOrder(USER, List.of(new OrderLine(BOOK, 2)), OrderMode.ASYNC);
        var more = new NewOrder(
                USER,
                List.of(new OrderLine(BOOK, 2), new OrderLine(PEN, 1), new OrderLine(UUID.randomUUID(), 1)),
                OrderMode.ASYNC);

        assertThat(fewer.sameRequestAs(STORED)).isFalse();
        assertThat(more.sameRequestAs(STORED)).isFalse();
    }

    @Test
    void anotherUserIsAnotherOrder() {
        var repeat = new NewOrder(
                UUID.randomUUID(), List.of(new OrderLine(BOOK, 2), new OrderLine(PEN, 1)), OrderMode.ASYNC);

        assertThat(repeat.sameRequestAs(STORED)).isFalse();
    }

    @Test
    void anotherModeIsAnotherOrder() {
        var repeat = new NewOrder(USER, List.of(new OrderLine(BOOK, 2), new OrderLine(PEN, 1)), OrderMode.SYNC);

        assertThat(repeat.sameRequestAs(STORED)).isFalse();
    }
}
