package dev.agora.logger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The main logger: keeps the recent traffic of the log exchange in PostgreSQL and serves it for queries. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LoggerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoggerApplication.class, args);
    }
}
