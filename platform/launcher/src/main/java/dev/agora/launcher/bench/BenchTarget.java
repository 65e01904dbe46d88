package dev.agora.launcher.bench;

import dev.agora.launcher.build.JarModule;
import java.util.List;

/**
 * A benchmark runnable with {@code ./agora bench <name>}; paths relative to the repository root. {@code services}
 * names the catalog services whose jars the benchmark runs itself, so they are built first too.
 */
public record BenchTarget(String name, String module, String jar, List<String> services) implements JarModule {

    public BenchTarget {
        services = List.copyOf(services);
    }
}
