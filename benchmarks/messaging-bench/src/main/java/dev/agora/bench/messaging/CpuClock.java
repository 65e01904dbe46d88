package dev.agora.bench.messaging;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** This process's CPU time, all threads together: the client's whole cost, whatever thread it runs on. */
final class CpuClock {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuClock() {}

    static long processNanos() {
        return OS.getProcessCpuTime();
    }
}
