package dev.agora.launcher.process;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a tool's jar (a benchmark, the demo) in the foreground on this terminal and returns its exit code. */
public final class JarRunner {

    private final AgoraHome home;
    private final Path java;
    private final List<String> jvmArguments;

    public JarRunner(AgoraHome home, Path java, List<String> jvmArguments) {
        this.home = home;
        this.java = java;
        this.jvmArguments = List.copyOf(jvmArguments);
    }

    /** {@code jar} is relative to the repository root, which is also the working directory. */
    public int run(String jar, List<String> arguments) throws InterruptedException {
        return run(jar, arguments, Map.of());
    }

    /** @param environment variables the tool gets beside this process's own */
    public int run(String jar, List<String> arguments, Map<String, String> environment) throws InterruptedException {
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.addAll(jvmArguments);
        command.add("-jar");
        command.add(home.resolve(jar).toString());
        command.addAll(arguments);
        try {
            // inherited stdin and stdout: the tool draws its own progress and may ask questions
            var process =
                    new ProcessBuilder(command).directory(home.root().toFile()).inheritIO();
            process.environment().putAll(environment);
            return process.start().waitFor();
        } catch (IOException e) {
            throw new LauncherException("cannot run " + jar + ": " + e.getMessage(), e);
        }
    }
}
