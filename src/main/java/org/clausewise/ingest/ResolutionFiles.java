package org.clausewise.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clausewise.ingest.pdf.PdfRefusedException;
import org.clausewise.ingest.pdf.PdfText;
import org.clausewise.ingest.pdf.PdfTextReader;
import org.clausewise.model.Resolution;

/**
 * Reads a resolution from a file: a text ({@code .txt}, {@code .md}) or an official PDF. What
 * cannot be read is refused with one clear message: missing, a folder, empty, too large, binary,
 * a damaged, encrypted or scanned PDF, or not a resolution. Texts are UTF-8, UTF-16 with a
 * byte-order mark, or Windows-1252 (what Word saves as "plain text" on Windows; read with a
 * warning). The size limit is checked before reading, so a huge file is refused at once.
 */
public final class ResolutionFiles {
    /** Far above any resolution text (< 200 KB), far below what would strain memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** A resolution PDF is under 1 MB. */
    public static final long MAX_PDF_BYTES = PdfTextReader.MAX_BYTES;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ResolutionFiles() {
    }

    /** True for files the corpus should try to read: {@code .txt}, {@code .md} and {@code .pdf}. */
    public static boolean isCandidate(Path file) {
        if (file == null || file.getFileName() == null || !Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".pdf")) && !name.startsWith(".");
    }

    public static Resolution read(Path file) throws InputException {
        String shown = file.toString();
        String name = file.getFileName().toString();
        boolean pdfName = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
        byte[] bytes = readBytes(file, pdfName ? MAX_PDF_BYTES : MAX_BYTES);
        return read(bytes, shown, name, pdfName);
    }

    /**
     * A resolution from a file's bytes, with the checks a file gets (empty, size, PDF or text,
     * binary, encoding); {@code name} names it in messages and decides, by its ending, whether it
     * is read as PDF. Fuzzing feeds bytes in here.
     */
    public static Resolution read(byte[] bytes, String name) throws InputException {
        boolean pdfName = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
        long limit = pdfName || PdfTextReader.looksLikePdf(bytes) ? MAX_PDF_BYTES : MAX_BYTES;
        if (bytes.length == 0) {
            throw new InputException(name + " is empty");
        }
        if (bytes.length > limit) {
            throw tooLarge(name, bytes.length, limit);
        }
        return read(bytes, name, name, pdfName);
    }

    private static Resolution read(byte[] bytes, String shown, String name, boolean pdfName) throws InputException {
        if (pdfName || PdfTextReader.looksLikePdf(bytes)) {
            return readPdf(bytes, shown, name);
        }
        Decoded text = decode(bytes, shown);
        return new ResolutionParser().parse(text.text, name, null, text.warnings);
    }

    /** The file's text, checked as described in the class comment (PDFs are not texts here). */
    public static String readText(Path file) throws InputException {
        return decode(readBytes(file, MAX_BYTES), file.toString()).text;
    }

    private static Resolution readPdf(byte[] bytes, String shown, String name) throws InputException {
        PdfText pdf;
        try {
            pdf = PdfTextReader.read(bytes, shown);
        } catch (PdfRefusedException e) {
            throw new InputException(e.getMessage(), e);
        }
        try {
            return new ResolutionParser().parse(pdf.text(), name, pdf.masthead(), pdf.warnings());
        } catch (NotAResolutionException e) {
            if (!pdf.masthead().isUnDocument()) {
                throw new NotAResolutionException(shown + " is not a United Nations document: its first page has "
                        + "no UN masthead (symbol, \"Distr.\", job number) and its text has no \"The General "
                        + "Assembly,\" line and no numbered title");
            }
            throw new NotAResolutionException(shown + " (" + pdf.masthead().symbol() + ") is a United Nations "
                    + "document but not a General Assembly text the parser knows: " + reason(e.getMessage()));
        }
    }

    /** The parser's reason without its "X does not look like …:" head. */
    private static String reason(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }

    /** The file's bytes after the checks every file gets: exists, regular, not empty, within {@code limit}. */
    private static byte[] readBytes(Path file, long limit) throws InputException {
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
            if (size > limit) {
                throw tooLarge(shown, size, limit);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Never read more than the limit, even if the file grew since it was measured.
                bytes = in.readNBytes((int) limit + 1);
            }
        } catch (AccessDeniedException e) {
            throw new InputException(shown + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException(shown + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > limit) {
            throw tooLarge(shown, bytes.length, limit);
        }
        return bytes;
    }

    private static InputException tooLarge(String shown, long size, long limit) {
        return new InputException(String.format(Locale.ROOT, "%s is too large (%.1f MB); a resolution %s is well under %d MB",
                shown, size / 1024.0 / 1024.0, limit == MAX_BYTES ? "text" : "PDF", limit / 1024 / 1024));
    }

    /** A decoded text and what the decoding had to guess. */
    private record Decoded(String text, List<String> warnings) {
    }

    private static Decoded decode(byte[] bytes, String shown) throws InputException {
        String utf16 = utf16WithBom(bytes);
        if (utf16 != null) {
            return new Decoded(checkNotBlank(utf16, shown), List.of());
        }
        if (looksBinary(bytes)) {
            throw new InputException(shown + " looks like a binary file, not a text");
        }
        int bad = firstBadUtf8(bytes);
        if (bad < 0) {
            return new Decoded(checkNotBlank(new String(bytes, StandardCharsets.UTF_8), shown), List.of());
        }
        String cp1252 = windows1252(bytes);
        if (cp1252 == null) {
            throw new InputException(String.format(Locale.ROOT,
                    "%s is not valid UTF-8 (byte 0x%02X at offset %d) nor Windows-1252; save it as UTF-8 text", shown,
                    bytes[bad] & 0xFF, bad));
        }
        return new Decoded(checkNotBlank(cp1252, shown), List.of(String.format(Locale.ROOT,
                "not UTF-8 (byte 0x%02X at offset %d): read as Windows-1252, as Word saves plain text on Windows; "
                        + "check accented letters and quotes", bytes[bad] & 0xFF, bad)));
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

    /** Offset of the first byte that breaks strict UTF-8, or -1 when all of it is UTF-8. */
    static int firstBadUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    /** Strict Windows-1252 (its five unassigned bytes refused), or null. */
    private static String windows1252(byte[] bytes) {
        try {
            return WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
