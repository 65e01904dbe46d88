package dev.agora.shop.query.order;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order's lines and total, taken whole from the event that knows most: order.created gives quantities,
 * order.priced prices, order.confirmed the final prices. Among events of one kind the newest wins.
 */
record Pricing(
        LineSource source,
        @Nullable Instant at,
        List<ProjectedLine> lines,
        @Nullable BigDecimal total,
        @Nullable String currency) {

    static final Pricing NONE = new Pricing(LineSource.NONE, null, List.of(), null, null);

    private static final Comparator<Pricing> PRECEDENCE = Comparator.comparing(Pricing::source)
            .thenComparing(Pricing::at, Comparator.nullsFirst(Comparator.naturalOrder()));

    Pricing {
        lines = List.copyOf(lines);
    }

    static Pricing ordered(List<OrderLine> lines, Instant at) {
        return new Pricing(
                LineSource.ORDERED,
                at,
                lines.stream().map(ProjectedLine::unpriced).toList(),
                null,
                null);
    }

    static Pricing priced(LineSource source, List<PricedLine> lines, BigDecimal total, String currency, Instant at) {
        return new Pricing(
                source, at, lines.stream().map(ProjectedLine::priced).toList(), ProjectedLine.money(total), currency);
    }

    /** The one of higher precedence; on a tie (the same event again) this one stays. */
    Pricing merge(Pricing other) {
        return PRECEDENCE.compare(other, this) > 0 ? other : this;
    }
}
