package dev.agora.launcher;

import java.nio.file.Path;

/** The repository root and the gitignored {@code .agora/} folder: logs, pid files, AOT caches, the admin credential. */
public record AgoraHome(Path root) {

    public AgoraHome {
        root = root.toAbsolutePath().normalize();
    }

    /** The ./agora script sets {@code agora.home}; running the jar by hand from the repo root also works. */
    public static AgoraHome locate() {
        String home = System.getProperty("agora.home");
        return new AgoraHome(Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.dir")));
    }

    public Path resolve(String relativePath) {
        return root.resolve(relativePath);
    }

    public Path dataDir() {
        return root.resolve(".agora");
    }

    public Path logsDir() {
        return dataDir().resolve("logs");
    }

    public Path runDir() {
        return dataDir().resolve("run");
    }

    /** A service's extracted jar and AOT cache. */
    public Path aotDir(String service) {
        return dataDir().resolve("aot").resolve(service);
    }

    public Path logFile(String service) {
        return logsDir().resolve(service + ".log");
    }

    /** The supervisor's pid file, what it knows of each service, and the requests it has not read yet. */
    public Path supervisorDir() {
        return dataDir().resolve("supervisor");
    }

    public Path pidFile(String service) {
        return runDir().resolve(service + ".pid");
    }

    /** Shown to the user instead of absolute paths, so messages stay short. */
    public String relative(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
}
