package dev.agora.shop.product;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The shop's product service: the catalogue: products with name, description and category, published as ProductCreated / ProductUpdated. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProductApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProductApplication.class, args);
    }
}
