package dev.agora.shop.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.agora.shop.contracts.OrderLine;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservedLinesTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void repeatedProductsAreAddedUpIntoOneLineEach() {
        var lines =
                ReservedLines.of(List.of(new OrderLine(SECOND, 1), new OrderLine(FIRST, 2), new OrderLine(SECOND, 3)));

        assertThat(lines).containsExactly(new OrderLine(FIRST, 2), new OrderLine(SECOND, 4));
    }

    @Test
    void quantityBelowOneIsRefusedSinceItWouldAddStock() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReservedLines.of(List.of(new OrderLine(FIRST, 1), new OrderLine(SECOND, -3))))
                .withMessageContaining("quantity above zero");
    }

    @Test
    void orderWithoutLinesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReservedLines.of(List.of()));
    }
}
