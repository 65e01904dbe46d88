package dev.agora.bench.messaging;

import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Spring AMQP peer as the Spring guides write it: Boot's RabbitTemplate and listener container, a JSON
 * message converter, a {@code @RabbitListener}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class SpringAmqpApplication {

    @Bean
    MessageConverter jsonMessageConverter() {
        return new JacksonJsonMessageConverter();
    }

    @Bean
    SpringAmqpListener springAmqpListener() {
        return new SpringAmqpListener();
    }
}
