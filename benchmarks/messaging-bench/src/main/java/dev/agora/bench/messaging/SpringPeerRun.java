package dev.agora.bench.messaging;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring peer's measured run: its application started in the benchmark's vhost, ticks of the benchmark's
 * body size sent with a correlation from the {@link ConfirmWindow}, consumed into its {@link Deliveries}.
 *
 * @param sender how the peer publishes a tick with its correlation, from the started application
 */
record SpringPeerRun(
        SideRun.Setting setting,
        Class<?> application,
        Map<String, Object> settings,
        Function<ConfigurableApplicationContext, Deliveries> deliveries,
        Function<ConfigurableApplicationContext, BiConsumer<Tick, CorrelationData>> sender)
        implements SideRun {

    @Override
    public ChildReport run(Scenario scenario) throws InterruptedException {
        try (var context = SpringSide.start(application, setting.vhost(), settings)) {
            var options = setting.options();
            var window = new ConfirmWindow(options.inFlight());
            var padding = Tick.jsonPadding(options.bodyBytes());
            var send = sender.apply(context);
            var loop = new PublishLoop(
                    sentNanos -> send.accept(new Tick(sentNanos, padding), window.next()), deliveries.apply(context));
            return loop.measure(scenario, setting, window::failed);
        }
    }
}
