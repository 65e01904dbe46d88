package dev.agora.messaging;

import java.util.List;

/** The service's parked messages: list them, send one back to the work queue, or drop it. */
public interface ParkedMessages {

    List<ParkedMessage> list(int limit);

    /** @return false if no parked message has that id */
    boolean replay(String id);

    /** @return false if no parked message has that id */
    boolean discard(String id);

    long count();
}
