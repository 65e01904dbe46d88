package dev.agora.shop.query.readmodel;

import java.util.Map;

/**
 * What a rebuild did.
 *
 * @param eventsReplayed journaled events applied
 * @param entries entries per projection afterwards ({@code users}, {@code products}, {@code orders})
 * @param millis how long it took
 */
record RebuildReport(long eventsReplayed, Map<String, Long> entries, long millis) {}
