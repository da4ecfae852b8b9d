package org.clausewise.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clausewise.ingest.pdf.PdfRefusedException;
import org.clausewise.ingest.pdf.PdfText;
import org.clausewise.ingest.pdf.PdfTextReader;
import org.clausewise.model.Resolution;

/**
 * The official PDFs of {@code ../shared/pdf} read once per test run and shared by the tests that
 * look at all of them: each used to read the 664 files on its own, a minute and a half apiece on
 * this machine. Empty when the folder is not beside the project (the tests then skip).
 */
public final class OfficialPdfReads {
    public static final Path FOLDER = Path.of("..", "shared", "pdf");
    private static List<Read> all;

    /**
     * One PDF as read.
     *
     * @param key its path under {@link #FOLDER}, with forward slashes ("79/A_RES_79_1.pdf")
     * @param pdf what the PDF layer made of it; null when it refused the file
     * @param resolution what the parser made of that text; null when refused
     * @param refusal the message a user gets (as {@link ResolutionFiles#read} gives it); null when read
     */
    public record Read(String key, String name, PdfText pdf, Resolution resolution, String refusal) {
    }

    private OfficialPdfReads() {
    }

    public static boolean present() {
        return Files.isDirectory(FOLDER);
    }

    /** Every PDF under {@link #FOLDER}, in path order, read in parallel the first time it is asked. */
    public static synchronized List<Read> all() {
        if (all == null) {
            all = present() ? readAll() : List.of();
        }
        return all;
    }

    private static List<Read> readAll() {
        try (Stream<Path> s = Files.walk(FOLDER)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            return files.parallelStream().map(OfficialPdfReads::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Read read(Path f) {
        String key = FOLDER.relativize(f).toString().replace('\\', '/');
        String name = f.getFileName().toString();
        PdfText pdf;
        try {
            pdf = PdfTextReader.read(Files.readAllBytes(f), name);
        } catch (PdfRefusedException | IOException e) {
            return new Read(key, name, null, null, refusal(f));
        }
        try {
            return new Read(key, name, pdf, new ResolutionParser().parse(pdf.text(), name, pdf.masthead(), pdf.warnings()), null);
        } catch (NotAResolutionException e) {
            return new Read(key, name, pdf, null, refusal(f));
        }
    }

    /** The user's message for a refused file: read again the way the app reads it (rare, so cheap). */
    private static String refusal(Path f) {
        try {
            ResolutionFiles.read(f);
            return "read the second time";
        } catch (InputException e) {
            return e.getMessage();
        }
    }
}
