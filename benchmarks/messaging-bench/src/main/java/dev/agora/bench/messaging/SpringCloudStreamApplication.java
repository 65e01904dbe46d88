package dev.agora.bench.messaging;

import java.util.function.Consumer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Cloud Stream peer as its guides write it: a {@code Consumer<Tick>} function bound by the Rabbit
 * binder, and {@code StreamBridge} to send.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class SpringCloudStreamApplication {

    /** The function's name, hence the input binding {@code tick-in-0}. */
    static final String FUNCTION = "tick";

    @Bean
    Deliveries deliveries() {
        return new Deliveries();
    }

    @Bean
    Consumer<Tick> tick(Deliveries deliveries) {
        return deliveries::accept;
    }
}
