package dev.agora.shop.payment.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The charges the sandbox captured, by order, so that a repeated charge of an order answers with its first
 * reference (a real provider's idempotency key). Bounded: the oldest orders are forgotten first.
 */
final class SandboxLedger {

    static final String REFERENCE_PREFIX = "sandbox_";

    private final Map<UUID, String> referencesByOrder;

    SandboxLedger(int capacity) {
        this.referencesByOrder = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized @Nullable String referenceOf(UUID orderId) {
        return referencesByOrder.get(orderId);
    }

    /** The order's reference: the one it already has, or a new one. */
    synchronized String capture(UUID orderId) {
        return referencesByOrder.computeIfAbsent(orderId, order -> REFERENCE_PREFIX + UUID.randomUUID());
    }
}
