package dev.agora.launcher.build;

import java.nio.file.Path;
import java.util.List;

/** Installs Maven modules (and what they depend on), writing Maven's output to {@code log}; returns the exit code. */
@FunctionalInterface
public interface MavenInstall {

    int install(List<String> modules, Path log);
}
