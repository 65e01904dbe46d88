package dev.agora.shop.query.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read model is rebuilt from its journal.
 *
 * @param batchSize events read from the journal at a time, so a long journal never sits in memory whole
 */
@ConfigurationProperties("agora.shop.query.rebuild")
record RebuildProperties(@DefaultValue("500") int batchSize) {

    RebuildProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException(
                    "agora.shop.query.rebuild.batch-size must be positive, not " + batchSize);
        }
    }
}
