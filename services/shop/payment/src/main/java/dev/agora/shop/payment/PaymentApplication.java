package dev.agora.shop.payment;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The shop's payment service: charges orders through the payment-provider sandbox; PaymentCreated / PaymentFailed / PaymentRefunded. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Agora shop: payment",
                        version = "1",
                        description = "Charges and refunds orders through the payment-provider SANDBOX inside the"
                                + " platform (simulated: no real money moves; references start with sandbox_)"))
public class PaymentApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentApplication.class, args);
    }
}
