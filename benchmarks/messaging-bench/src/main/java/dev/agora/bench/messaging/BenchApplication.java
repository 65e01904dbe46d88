package dev.agora.bench.messaging;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** The "bench" service started for each Agora run: Agora's auto-configuration plus one event handler. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class BenchApplication {

    @Bean
    TickHandler tickHandler(JsonMapper json) {
        return new TickHandler(json);
    }
}
