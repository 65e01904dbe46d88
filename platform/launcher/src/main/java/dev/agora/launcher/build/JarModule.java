package dev.agora.launcher.build;

/** A Maven module that packages a runnable jar; both paths are relative to the repository root. */
public interface JarModule {

    String module();

    String jar();
}
