package dev.agora.logger.traffic;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Deletes log entries older than the retention period, at startup and then every cleanup interval. */
@Component
class RetentionCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RetentionCleanup.class);

    private final LoggedMessageRepository repository;
    private final RetentionProperties properties;

    RetentionCleanup(LoggedMessageRepository repository, RetentionProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::deleteExpired, properties.cleanupInterval());
    }

    int deleteExpired() {
        var cutoff = Instant.now().minus(properties.retention());
        var deleted = repository.deleteReceivedBefore(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} log entries received before {}", deleted, cutoff);
        }
        return deleted;
    }
}
