package dev.agora.bench.messaging;

import dev.agora.messaging.EventPublisher;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Agora service named "bench" in the benchmark's vhost, configured like PerfTest's side: one publishing
 * channel with the same confirm window, the same prefetch, one consumer. Without a DataSource there is no
 * inbox nor outbox, as for PerfTest, which has neither.
 */
final class AgoraService implements AutoCloseable {

    static final String SERVICE = "bench";
    /** The work queue Agora declares for the service (the conventions: {@code S_job_q}). */
    static final String JOB_QUEUE = SERVICE + "_job_q";

    private final ConfigurableApplicationContext context;

    private AgoraService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AgoraService start(BenchVhost vhost, BenchOptions options) {
        return new AgoraService(SpringSide.start(BenchApplication.class, vhost, settings(options)));
    }

    static Map<String, Object> settings(BenchOptions options) {
        var properties = SpringSide.properties(SpringSide.SPRING_CLOUD_STREAM);
        properties.put("agora.messaging.service", SERVICE);
        properties.put("agora.messaging.prefetch", options.prefetch());
        properties.put("agora.messaging.concurrency", 1);
        properties.put("agora.messaging.acks.batch-size", options.ackEvery());
        // one channel holding the whole window = PerfTest's one producer channel with -c <in-flight>
        properties.put("agora.messaging.publisher.channels", 1);
        properties.put("agora.messaging.publisher.max-in-flight", options.inFlight());
        properties.put("agora.messaging.database.enabled", false);
        return properties;
    }

    EventPublisher publisher() {
        return context.getBean(EventPublisher.class);
    }

    TickHandler handler() {
        return context.getBean(TickHandler.class);
    }

    JsonMapper json() {
        return context.getBean(JsonMapper.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
