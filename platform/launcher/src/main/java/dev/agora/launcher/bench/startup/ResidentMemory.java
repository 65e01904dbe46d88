package dev.agora.launcher.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's resident memory, VmRSS of {@code /proc/<pid>/status} (heap, metaspace, code, mapped AOT cache...). */
final class ResidentMemory {

    private ResidentMemory() {}

    /** Empty when the process is gone or the system has no /proc. */
    static OptionalLong kilobytes(long pid) {
        try {
            return vmRss(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong vmRss(String status) {
        return status.lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(
                        line.substring("VmRSS:".length()).replace("kB", "").trim()))
                .findFirst();
    }
}
