package dev.agora.launcher.bench.startup;

import java.time.Duration;
import java.util.Map;

/**
 * One start of every service: when each became healthy (from the first process start) and each one's resident
 * memory in kB right when all were healthy and again after settling.
 */
record StartupRound(
        boolean aotCaches,
        Map<String, Duration> healthyAfter,
        Map<String, Long> rssHealthyKb,
        Map<String, Long> rssSettledKb) {

    StartupRound {
        healthyAfter = Map.copyOf(healthyAfter);
        rssHealthyKb = Map.copyOf(rssHealthyKb);
        rssSettledKb = Map.copyOf(rssSettledKb);
    }

    Duration allHealthy() {
        return healthyAfter.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    long totalRssHealthyKb() {
        return rssHealthyKb.values().stream().mapToLong(Long::longValue).sum();
    }

    long totalRssSettledKb() {
        return rssSettledKb.values().stream().mapToLong(Long::longValue).sum();
    }
}
