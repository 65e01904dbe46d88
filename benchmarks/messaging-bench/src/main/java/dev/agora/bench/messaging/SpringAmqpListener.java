package dev.agora.bench.messaging;

import org.springframework.amqp.rabbit.annotation.RabbitListener;

/** The Spring AMQP peer's consumer; the container acknowledges each message after the method returns. */
public class SpringAmqpListener {

    private final Deliveries deliveries = new Deliveries();

    @RabbitListener(queues = "spring-amqp-q")
    public void on(Tick tick) {
        deliveries.accept(tick);
    }

    Deliveries deliveries() {
        return deliveries;
    }
}
