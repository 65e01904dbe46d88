package dev.agora.launcher.bench;

import dev.agora.launcher.build.JarModule;

/** A benchmark runnable with {@code ./agora bench <name>}; paths relative to the repository root. */
public record BenchTarget(String name, String module, String jar) implements JarModule {}
