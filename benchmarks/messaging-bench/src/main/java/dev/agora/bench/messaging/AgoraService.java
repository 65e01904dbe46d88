package dev.agora.bench.messaging;

import dev.agora.messaging.EventPublisher;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * One in-process Agora service named "bench" in the benchmark's vhost, configured like PerfTest's side:
 * one publishing channel with the same confirm window, the same prefetch, one consumer. Without a
 * DataSource there is no inbox nor outbox, as for PerfTest, which has neither.
 */
final class AgoraService implements AutoCloseable {

    static final String SERVICE = "bench";
    /** The work queue Agora declares for the service (SPEC section 1: {@code S_job_q}). */
    static final String JOB_QUEUE = SERVICE + "_job_q";

    private static final String NO_DATABASE = String.join(
            ",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration");

    private final ConfigurableApplicationContext context;

    private AgoraService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AgoraService start(BenchVhost vhost, BenchOptions options) {
        var properties = new LinkedHashMap<String, Object>(vhost.springProperties());
        properties.putAll(settings(options));
        var context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
        return new AgoraService(context);
    }

    static Map<String, Object> settings(BenchOptions options) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("agora.messaging.service", SERVICE);
        properties.put("agora.messaging.prefetch", options.prefetch());
        properties.put("agora.messaging.concurrency", 1);
        properties.put("agora.messaging.acks.batch-size", options.ackEvery());
        // one channel holding the whole window = PerfTest's one producer channel with -c <in-flight>
        properties.put("agora.messaging.publisher.channels", 1);
        properties.put("agora.messaging.publisher.max-in-flight", options.inFlight());
        properties.put("agora.messaging.database.enabled", false);
        properties.put("spring.autoconfigure.exclude", NO_DATABASE);
        // perf-test brings Datadog/JMX/Prometheus registries along; a service here would export none of them
        properties.put("management.defaults.metrics.export.enabled", false);
        properties.put("management.simple.metrics.export.enabled", true);
        // closing a run with a backlog makes the container warn once per prefetched message it hands back
        properties.put("logging.level.org.springframework.amqp.rabbit.listener", "ERROR");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", false);
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
