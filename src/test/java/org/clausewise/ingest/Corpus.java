package org.clausewise.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.clausewise.model.Resolution;

/** Test access to the bundled corpus in {@code corpus/} and its parsed form. */
final class Corpus {
    static final Path DIR = Path.of("corpus");

    private Corpus() {
    }

    static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Resolution parse(String name) {
        try {
            return new ResolutionParser().parse(text(name), name);
        } catch (NotAResolutionException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    /** All eleven texts of the corpus. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** seeds.json's file names mapped to corpus names. */
    static Properties seedFiles() {
        Properties p = new Properties();
        try (InputStream in = Corpus.class.getResourceAsStream("/seed-files.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
