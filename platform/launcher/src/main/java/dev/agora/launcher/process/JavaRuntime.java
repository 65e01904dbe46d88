package dev.agora.launcher.process;

import java.nio.file.Path;

/** The java executable for services and benchmarks. */
public final class JavaRuntime {

    private JavaRuntime() {}

    /** The launcher is compiled for release 25, so the JVM running it is a JDK 25 or newer: reuse it. */
    public static Path current() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
