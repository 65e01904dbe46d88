package dev.agora.shop.pricing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The shop's pricing service: prices per product and tax rules per category and country; quotes and the pricing step of the order saga. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PricingApplication {

    public static void main(String[] args) {
        SpringApplication.run(PricingApplication.class, args);
    }
}
