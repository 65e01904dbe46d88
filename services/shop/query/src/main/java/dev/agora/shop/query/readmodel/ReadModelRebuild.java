package dev.agora.shop.query.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the read model from scratch out of its own journal, without any other service. One transaction:
 * readers keep seeing the old model until the new one is complete (rows are deleted, not truncated, so no
 * lock keeps them out), and a failed replay leaves the old model in place.
 */
@Service
class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final Journal journal;
    private final ReadModel readModel;
    private final RebuildProperties properties;

    ReadModelRebuild(Journal journal, ReadModel readModel, RebuildProperties properties) {
        this.journal = journal;
        this.readModel = readModel;
        this.properties = properties;
    }

    @Transactional
    RebuildReport rebuild() {
        long started = System.nanoTime();
        journal.lockAgainstAppends();
        readModel.clear();
        long replayed = 0;
        var batch = journal.next(null, properties.batchSize());
        while (!batch.isEmpty()) {
            for (var event : batch) {
                readModel.apply(event.routingKey(), event.createdAt(), event.data());
            }
            replayed += batch.size();
            batch = journal.next(batch.getLast(), properties.batchSize());
        }
        var report = new RebuildReport(replayed, readModel.counts(), (System.nanoTime() - started) / 1_000_000);
        log.info("read model rebuilt from {} journaled events: {}", replayed, report.entries());
        return report;
    }
}
