package dev.agora.launcher.build;

/** A module with a runnable jar that is no service: the demo. */
public record ModuleJar(String module, String jar) implements JarModule {}
