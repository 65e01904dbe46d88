package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class DisplayTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void plainOutputHasOneLinePerThingAndNoEscapeCodes() {
        var display = new Display(out, Style.PLAIN, false);

        display.step(3, 7, "An ASYNC order");
        display.info("→ 202 Accepted");
        try (var waiting = display.waitFor("the saga runs …")) {
            display.info("  +41 ms  STOCK_RESERVED");
        }
        display.ok("CONFIRMED");
        display.failed("not as expected");

        assertThat(text()).isEqualTo("""

                        [3/7] An ASYNC order
                              → 202 Accepted
                              … the saga runs …
                                +41 ms  STOCK_RESERVED
                              ✓ CONFIRMED
                              ✗ not as expected
                        """);
    }

    @Test
    void aLongPlainWaitSaysNowAndThenThatItIsStillWaiting() throws InterruptedException {
        var display = new Display(out, Style.PLAIN, false, Duration.ofMillis(50), System::nanoTime);

        try (var waiting = display.waitFor("EXPIRED")) {
            Thread.sleep(180);
        }
        Thread.sleep(120);

        var text = text();
        assertThat(text).startsWith("      … EXPIRED\n").contains("      … still waiting, ");
        int reminders = text.split("still waiting", -1).length - 1;
        assertThat(reminders).isBetween(1, 4); // and none after the wait ended
    }

    @Test
    void onATerminalTheSpinnerTurnsAndLinesGoAboveIt() throws InterruptedException {
        var display = new Display(out, Style.COLOURED, true);

        try (var waiting = display.waitFor("the saga runs")) {
            Thread.sleep(250);
            display.info("PRICED");
        }
        display.ok("done");

        var text = text();
        assertThat(text).contains("⠋").contains("⠙").contains("the saga runs");
        // each line printed during the wait first clears the spinner's line, and the spinner comes back below it
        assertThat(text).contains("\r\u001b[2K      PRICED\n\r\u001b[2K      ");
        assertThat(text).endsWith("\r\u001b[2K      \u001b[32m✓\u001b[0m done\n");
    }

    @Test
    void statusesAreColouredByWhatTheyMean() {
        assertThat(Style.COLOURED.status("CONFIRMED")).isEqualTo("\u001b[32mCONFIRMED\u001b[0m");
        assertThat(Style.COLOURED.status("EXPIRED")).isEqualTo("\u001b[33mEXPIRED\u001b[0m");
        assertThat(Style.COLOURED.status("PRICED")).isEqualTo("\u001b[36mPRICED\u001b[0m");
        assertThat(Style.PLAIN.status("CONFIRMED")).isEqualTo("CONFIRMED");
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
