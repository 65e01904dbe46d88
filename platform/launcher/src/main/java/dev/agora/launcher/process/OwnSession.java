package dev.agora.launcher.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command starts with to run in a session of its own, so closing the terminal or ssh that ran {@code up -d}
 * does not SIGHUP it, nor Ctrl-C there reach it: {@code setsid}, which execs in place, so the pid stays the program's.
 */
public final class OwnSession {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private OwnSession() {}

    /** Empty where there is no setsid: the program then shares the launcher's session. */
    public static List<String> prefix() {
        return Files.isExecutable(SETSID) ? List.of(SETSID.toString()) : List.of();
    }
}
