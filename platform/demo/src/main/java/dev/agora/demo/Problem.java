package dev.agora.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.shop.contracts.api.OrderStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A problem (RFC 9457) as the shop's services answer it, with the order service's own properties.
 *
 * @param dependency the service whose answer failed a SYNC order
 * @param orderStatus how that order ended
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Problem(
        @Nullable String title,
        int status,
        @Nullable String detail,
        @Nullable String dependency,
        @Nullable UUID orderId,
        @Nullable OrderStatus orderStatus) {

    /** The problem in a line: its detail, else its title, else what HTTP calls the status. */
    String text(String statusText) {
        if (detail != null && !detail.isEmpty()) return detail;
        return title != null && !title.isEmpty() ? title : statusText;
    }
}
