package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.shop.contracts.OrderLine;
import java.util.List;
import java.util.UUID;

/** Inventory took the stock of every line of an asynchronous order out of the available stock. */
@IntegrationEvent
public record StockReserved(UUID orderId, List<OrderLine> lines) {}
