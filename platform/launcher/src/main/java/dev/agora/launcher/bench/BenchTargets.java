package dev.agora.launcher.bench;

import dev.agora.launcher.catalog.ServiceCatalog;
import java.util.List;
import java.util.Optional;

/** The known benchmarks; add one line per new target. */
public final class BenchTargets {

    private final List<BenchTarget> targets;

    public BenchTargets(List<BenchTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    public static BenchTargets standard() {
        return new BenchTargets(List.of(
                new BenchTarget(
                        "messaging",
                        "benchmarks/messaging-bench",
                        "benchmarks/messaging-bench/target/agora-messaging-bench.jar",
                        List.of()),
                new BenchTarget(
                        "orders",
                        "benchmarks/orders-bench",
                        "benchmarks/orders-bench/target/agora-orders-bench.jar",
                        ServiceCatalog.SHOP_HARNESS_SERVICES)));
    }

    public Optional<BenchTarget> find(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return targets.stream().map(BenchTarget::name).toList();
    }
}
