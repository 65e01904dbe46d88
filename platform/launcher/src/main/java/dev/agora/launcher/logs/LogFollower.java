package dev.agora.launcher.logs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;

/** Copies a log to the terminal and, while asked to, keeps copying what gets appended (like tail -f). */
public final class LogFollower {

    private static final long POLL_MILLIS = 250;

    private final PrintWriter out;

    public LogFollower(PrintWriter out) {
        this.out = out;
    }

    /** Reads to the end, then keeps polling while {@code keepFollowing} says so. */
    public void copy(Path log, BooleanSupplier keepFollowing) throws IOException, InterruptedException {
        // malformed bytes become replacement characters instead of aborting the copy
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            while (true) {
                if (channel.size() < channel.position()) {
                    channel.position(0); // the service was restarted and its log truncated
                }
                if (channel.read(bytes) > 0) {
                    bytes.flip();
                    decoder.decode(bytes, chars, false);
                    out.append(chars.flip());
                    chars.clear();
                    bytes.compact();
                    continue;
                }
                out.flush();
                if (!keepFollowing.getAsBoolean()) {
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
