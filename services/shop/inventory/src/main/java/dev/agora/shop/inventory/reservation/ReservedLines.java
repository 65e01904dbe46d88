package dev.agora.shop.inventory.reservation;

import dev.agora.shop.contracts.OrderLine;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/** An order's lines as a reservation keeps them: one per product, repeated products added up. */
final class ReservedLines {

    private ReservedLines() {}

    /**
     * Checks the lines too, since events are not bean-validated like HTTP bodies: a quantity below one would
     * add stock instead of taking it.
     *
     * @throws IllegalArgumentException for no lines, a line without product or a quantity below one
     */
    static List<OrderLine> of(List<OrderLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        var quantities = new TreeMap<UUID, Integer>();
        for (var line : lines) {
            if (line == null || line.productId() == null || line.quantity() < 1) {
                throw new IllegalArgumentException("every line needs a product and a quantity above zero: " + line);
            }
            quantities.merge(line.productId(), line.quantity(), Math::addExact);
        }
        return quantities.entrySet().stream()
                .map(entry -> new OrderLine(entry.getKey(), entry.getValue()))
                .toList();
    }
}
