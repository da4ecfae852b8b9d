package org.clausewise.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A damaged content stream makes PDFBox log a SEVERE report with a stack trace ("Operator Tm has
 * too few operands"); a user of the command line saw it above the one line that says what is
 * wrong with the file. The app logs through java.util.logging (commons-logging finds nothing else
 * in the shipped app), so PDFBox's loggers must be off. The test classpath carries slf4j-api,
 * which sends PDFBox's log nowhere during tests, so the level itself is what is checked.
 */
class PdfBoxQuietTest {
    @Test
    void pdfBoxLogsNothingOnceTheReaderIsLoaded() {
        PdfTextReader.quietPdfBox();
        assertEquals(Level.OFF, Logger.getLogger("org.apache.pdfbox").getLevel());
        assertEquals(Level.OFF, Logger.getLogger("org.apache.fontbox").getLevel());
    }
}
