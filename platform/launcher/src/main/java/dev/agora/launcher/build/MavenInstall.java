package dev.agora.launcher.build;

import java.util.List;

/** Installs Maven modules (and what they depend on); returns the exit code. */
@FunctionalInterface
public interface MavenInstall {

    int install(List<String> modules);
}
