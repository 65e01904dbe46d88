package dev.agora.launcher.process;

/** A process's command line as the OS reports it: how the launcher tells its processes from reused pids. */
public final class CommandLines {

    private CommandLines() {}

    public static String of(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.commandLine()
                .orElseGet(() -> info.command().orElse("") + " "
                        + String.join(" ", info.arguments().orElse(new String[0])));
    }
}
