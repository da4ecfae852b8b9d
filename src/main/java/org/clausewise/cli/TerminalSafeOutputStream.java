package org.clausewise.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes on their way to a terminal, with the characters that would steer it instead of
 * being shown replaced by visible escapes: C0 controls but newline and tab ({@code ESC} becomes
 * <code>&#92;x1b</code>), DEL (<code>&#92;x7f</code>), C1 controls (<code>&#92;u009b</code>) and the bidirectional overrides
 * and isolates U+202A–202E, U+2066–2069 (<code>&#92;u202e</code>). A resolution text, a file name or an
 * echoed argument can carry them; raw, they could recolour the terminal, move the cursor or make
 * the shown text read differently from what it is. JSON escapes its own controls first (see
 * {@link Json}), and the <code>&#92;uXXXX</code> form used here is a valid JSON escape too, so JSON output
 * passes through unchanged in meaning.
 *
 * <p>Works on bytes rather than characters so that the {@code PrintStream} in front keeps its
 * error flag (see {@link Main}); a character split across two writes is held until it completes.
 */
final class TerminalSafeOutputStream extends FilterOutputStream {
    /** Bytes of a possibly unsafe multi-byte character seen so far (C2 xx or E2 8x xx). */
    private final byte[] held = new byte[3];
    private int heldCount;

    TerminalSafeOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        accept((byte) b);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        int clean = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte b = bytes[i];
            if (heldCount == 0 && !startsSomethingUnsafe(b)) {
                continue;
            }
            out.write(bytes, clean, i - clean);
            accept(b);
            clean = i + 1;
        }
        out.write(bytes, clean, end - clean);
    }

    private static boolean startsSomethingUnsafe(byte b) {
        int u = b & 0xff;
        return (u < 0x20 && u != '\n' && u != '\t') || u == 0x7f || u == 0xc2 || u == 0xe2;
    }

    private void accept(byte b) throws IOException {
        int u = b & 0xff;
        if (heldCount == 0) {
            if (u == 0xc2 || u == 0xe2) {
                held[heldCount++] = b;
            } else if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f) {
                escape("\\x%02x", u);
            } else {
                out.write(u);
            }
            return;
        }
        int lead = held[0] & 0xff;
        if (lead == 0xc2) {
            heldCount = 0;
            if (u >= 0x80 && u <= 0x9f) {
                escape("\\u%04x", u); // U+0080..U+009F: C1 control
            } else {
                out.write(lead);
                accept(b);
            }
            return;
        }
        // lead 0xE2: U+202A..U+202E are E2 80 AA..AE, U+2066..U+2069 are E2 81 A6..A9
        if (heldCount == 1) {
            if (u == 0x80 || u == 0x81) {
                held[heldCount++] = b;
            } else {
                heldCount = 0;
                out.write(lead);
                accept(b);
            }
            return;
        }
        int second = held[1] & 0xff;
        heldCount = 0;
        boolean bidi = (second == 0x80 && u >= 0xaa && u <= 0xae) || (second == 0x81 && u >= 0xa6 && u <= 0xa9);
        if (bidi) {
            escape("\\u%04x", 0x2000 | ((second & 0x3f) << 6) | (u & 0x3f));
        } else {
            out.write(lead);
            out.write(second);
            accept(b);
        }
    }

    private void escape(String format, int value) throws IOException {
        out.write(String.format(format, value).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() throws IOException {
        // a truncated character at the very end: pass its bytes on as they came
        out.write(held, 0, heldCount);
        heldCount = 0;
        super.close();
    }
}
