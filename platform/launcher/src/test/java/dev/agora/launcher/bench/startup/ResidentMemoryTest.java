package dev.agora.launcher.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void vmRssIsReadInKilobytes() {
        String status = "Name:\tjava\nVmPeak:\t 4004004 kB\nVmRSS:\t  324936 kB\nRssAnon:\t  250000 kB\n";

        assertThat(ResidentMemory.vmRss(status)).hasValue(324936);
        assertThat(ResidentMemory.vmRss("Name:\tkthreadd\n")).isEmpty();
    }

    @Test
    void runningProcessHasResidentMemoryAndAFinishedOneNone() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();

        assertThat(ResidentMemory.kilobytes(ProcessHandle.current().pid()).orElseThrow())
                .isPositive();
        assertThat(ResidentMemory.kilobytes(finished.pid())).isEmpty();
    }
}
