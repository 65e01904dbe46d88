package dev.agora.launcher.catalog;

import dev.agora.launcher.build.JarModule;
import java.nio.file.Path;

/**
 * One service of the platform: the Maven module that builds it, the runnable jar it produces (both relative to the
 * repository root) and the HTTP port it serves on, actuator included.
 */
public record AgoraService(String name, String module, String jar, int port, String description) implements JarModule {

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String healthUrl() {
        return url() + "/actuator/health";
    }

    /** What a process's command line must contain to count as this service (guards against reused pids). */
    public String jarFileName() {
        return Path.of(jar).getFileName().toString();
    }
}
