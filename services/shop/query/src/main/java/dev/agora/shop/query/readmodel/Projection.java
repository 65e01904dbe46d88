package dev.agora.shop.query.readmodel;

import java.util.List;

/**
 * One part of the read model (users, products, orders). It must converge whatever order its events arrive in,
 * since the journal replays them by creation time while the broker delivers them as they come.
 */
public interface Projection {

    /** The events this projection follows. */
    List<Subscription<?>> subscriptions();

    /** Its name in a rebuild report. */
    String name();

    /** Forgets everything, before a rebuild. */
    void clear();

    /** How many entries it holds. */
    long count();
}
