package org.clausewise.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import org.clausewise.model.Resolution;

/**
 * Reads a resolution from a file, refusing what is not a text with one clear message: missing,
 * a folder, empty, too large, binary, or not UTF-8 (UTF-16 with a byte-order mark is read too). A resolution is well under 200 KB; the size
 * limit is checked before reading, so a 50 MB file is refused at once.
 */
public final class ResolutionFiles {
    /** Far above any resolution (< 200 KB), far below what would strain memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private ResolutionFiles() {
    }

    /** True for files the corpus should try to read: {@code .txt} and {@code .md}. */
    public static boolean isCandidate(Path file) {
        if (file == null || file.getFileName() == null || !Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".txt") || name.endsWith(".md")) && !name.startsWith(".");
    }

    public static Resolution read(Path file) throws InputException {
        String text = readText(file);
        return new ResolutionParser().parse(text, file.getFileName().toString());
    }

    /** The file's text, checked as described in the class comment. */
    public static String readText(Path file) throws InputException {
        String shown = file.toString();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new InputException(shown + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(shown + " is a folder, not a text file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(shown + " is not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(shown + " is empty");
            }
            if (size > MAX_BYTES) {
                throw new InputException(String.format(Locale.ROOT,
                        "%s is too large (%.1f MB); a resolution text is well under %d MB", shown,
                        size / 1024.0 / 1024.0, MAX_BYTES / 1024 / 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Never read more than the limit, even if the file grew since it was measured.
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (AccessDeniedException e) {
            throw new InputException(shown + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException(shown + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return textOf(bytes, shown);
    }

    /**
     * The text of a file's bytes, checked as {@link #readText} checks them (size, binary, UTF-8);
     * {@code shown} names the file in messages. Fuzzing feeds bytes in here.
     */
    public static String textOf(byte[] bytes, String shown) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(shown + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(shown + " is too large; a resolution text is well under 5 MB");
        }
        String utf16 = utf16WithBom(bytes);
        if (utf16 != null) {
            return checkNotBlank(utf16, shown);
        }
        if (looksBinary(bytes)) {
            throw new InputException(shown + " looks like a binary file, not a text");
        }
        return checkNotBlank(decodeUtf8(bytes, shown), shown);
    }

    private static String checkNotBlank(String text, String shown) throws InputException {
        if (text.replace("\uFEFF", "").strip().isEmpty()) {
            throw new InputException(shown + " is empty (only blank space)");
        }
        return text;
    }

    /** Word processors on Windows save "Unicode text" as UTF-16 with a byte-order mark: read it as such. */
    private static String utf16WithBom(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    /** NUL bytes, or many control characters, in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > n;
    }

    /** Strict UTF-8: a bad byte is reported with its offset instead of turning into U+FFFD. */
    static String decodeUtf8(byte[] bytes, String shown) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InputException(String.format(Locale.ROOT,
                    "%s is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 text", shown,
                    bytes[at] & 0xFF, at));
        }
        result = decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
