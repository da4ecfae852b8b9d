package org.clausewise.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;

/** Real texts of corpus/, read and parsed as the app reads them; seed names mapped by seed-files.properties. */
final class CorpusTexts {
    static final Path CORPUS = Path.of("corpus");
    private static final Properties SEED_FILES = new Properties();

    static {
        try (InputStream in = CorpusTexts.class.getResourceAsStream("/seed-files.properties")) {
            SEED_FILES.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CorpusTexts() {
    }

    static Path fileOfSeed(String seedName) {
        return CORPUS.resolve(SEED_FILES.getProperty(seedName));
    }

    static Resolution read(String corpusFile) {
        try {
            return ResolutionFiles.read(CORPUS.resolve(corpusFile));
        } catch (InputException e) {
            throw new AssertionError(corpusFile + " does not parse: " + e.getMessage(), e);
        }
    }

    static Resolution seed(String seedName) {
        return read(SEED_FILES.getProperty(seedName));
    }
}
