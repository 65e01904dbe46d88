package dev.agora.web.catalog;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** {@link ServiceUrls} for every service: the addresses of the others, from the catalogue unless set. */
@AutoConfiguration
@EnableConfigurationProperties(ServiceUrls.class)
public class ServiceUrlsAutoConfiguration {}
