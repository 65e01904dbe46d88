package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.shop.contracts.api.OrderStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
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
            await().atMost(Duration.ofSeconds(15)).until(() -> text().contains("still waiting"));
        }
        var text = text();
        // the reminder thread ends at its next tick after the wait: once it is gone, nothing more can come
        await().atMost(Duration.ofSeconds(15)).until(DisplayTest::noSpinnerRuns);

        assertThat(text).startsWith("      … EXPIRED\n").contains("      … still waiting, ");
        assertThat(text()).as("nothing after the wait ended").isEqualTo(text);
        var elapsed = Pattern.compile("still waiting, (\\d+(?:\\.\\d)?) (ms|s)")
                .matcher(text)
                .results()
                .map(said -> Double.parseDouble(said.group(1)) * (said.group(2).equals("s") ? 1000 : 1))
                .toList();
        for (int i = 0; i < elapsed.size(); i++) {
            // a loaded machine only makes them later; "1.4 s" may round 49 ms down
            assertThat(elapsed.get(i))
                    .as("reminder %d, one per 50 ms at most", i + 1)
                    .isGreaterThan(50.0 * i);
        }
    }

    @Test
    void onATerminalTheSpinnerTurnsAndLinesGoAboveIt() throws InterruptedException {
        var display = new Display(out, Style.COLOURED, true);

        try (var waiting = display.waitFor("the saga runs")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> text().contains("⠙")); // it turned once at least
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
        assertThat(Style.COLOURED.status(OrderStatus.CONFIRMED)).isEqualTo("\u001b[32mCONFIRMED\u001b[0m");
        assertThat(Style.COLOURED.status(OrderStatus.EXPIRED)).isEqualTo("\u001b[33mEXPIRED\u001b[0m");
        assertThat(Style.COLOURED.status(OrderStatus.PRICED)).isEqualTo("\u001b[36mPRICED\u001b[0m");
        assertThat(Style.PLAIN.status(OrderStatus.CONFIRMED)).isEqualTo("CONFIRMED");
    }

    private static boolean noSpinnerRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("demo-spinner"));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
