package dev.agora.shop.order.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param streamTimeout how long a status stream stays open at most (the client reconnects after it) */
@ConfigurationProperties("agora.shop.order.live")
record LiveProperties(@DefaultValue("30m") Duration streamTimeout) {}
