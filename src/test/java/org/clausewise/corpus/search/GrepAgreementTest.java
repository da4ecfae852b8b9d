package org.clausewise.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.ingest.ResolutionFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * "Search finds every use of a phrase that grep finds in the same texts and no others": for
 * hundreds of phrases cut from the texts themselves (and altered: lower case, words shuffled,
 * words of two clauses), the index's answer in the exact and words modes is compared clause by
 * clause with a plain scan of the same clause texts ({@link GrepReference}). Near matches must
 * find at least everything the exact phrase finds. Runs on the bundled corpus, and on the 659
 * official PDFs of {@code ../shared/pdf} when they are there and PDF reading exists;
 * {@code -Dclausewise.searchTexts=DIR} adds any other folder of texts.
 */
class GrepAgreementTest {
    private static final int PHRASES = 300;

    @Test
    void bundledCorpus() throws IOException {
        check(List.of(Path.of("corpus")), 11, true);
    }

    @Test
    void officialPdfs() throws IOException {
        Path pdf = Path.of("..", "shared", "pdf");
        Assumptions.assumeTrue(Files.isDirectory(pdf.resolve("78")), "no ../shared/pdf beside the project");
        Path sample;
        try (Stream<Path> s = Files.list(pdf.resolve("78"))) {
            sample = s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        Assumptions.assumeTrue(ResolutionFiles.isCandidate(sample), "PDF reading is not available yet");
        check(List.of(pdf.resolve("78"), pdf.resolve("79")), 600, false);
    }

    @Test
    void otherTexts() throws IOException {
        String dir = System.getProperty("clausewise.searchTexts");
        Assumptions.assumeTrue(dir != null, "set -Dclausewise.searchTexts=DIR to check another folder");
        List<Path> folders = new ArrayList<>();
        for (String d : dir.split(java.io.File.pathSeparator)) {
            folders.add(Path.of(d));
        }
        check(folders, 1, false);
    }

    /** @param grouped also check that the grouped result (the window's and the CLI's) shows the same clauses */
    private static void check(List<Path> folders, int atLeastTexts, boolean grouped) throws IOException {
        Corpus corpus = new CorpusLoader().load(folders);
        assertTrue(corpus.entries().size() >= atLeastTexts, "texts read: " + corpus.entries().size());
        List<SearchableText> texts = CorpusTexts.of(corpus);
        List<Clause> clauses = new ArrayList<>();
        for (SearchableText t : texts) {
            List<SearchableClause> list = t.clauses().load();
            for (int order = 0; order < list.size(); order++) {
                SearchableClause c = list.get(order);
                clauses.add(Clause.of(t.id() + "#" + order, c.passages().stream().map(SearchableClause.Passage::text).toList()));
            }
        }
        Random random = new Random(12);
        int exactHits = 0;
        int wordHits = 0;
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.sync(texts);
            CorpusSearch search = index.searcher();
            for (int i = 0; i < PHRASES; i++) {
                String phrase = phrase(clauses, random);
                String variant = switch (i % 4) {
                    case 0 -> phrase;
                    case 1 -> phrase.toLowerCase(Locale.ROOT);
                    case 2 -> shuffled(phrase, random);
                    default -> phrase + " " + phrase(clauses, random).split(" ")[0];
                };
                Set<String> exact = found(search, variant, SearchMode.EXACT, grouped && i % 5 == 0);
                Set<String> expectedExact = grepExact(clauses, variant);
                assertEquals(expectedExact, exact, "exact: " + variant);
                Set<String> words = found(search, variant, SearchMode.WORDS, grouped && i % 5 == 0);
                assertEquals(grepWords(clauses, variant), words, "words: " + variant);
                Set<String> near = found(search, variant, SearchMode.NEAR, grouped && i % 5 == 0);
                assertTrue(near.containsAll(exact), "near finds what exact finds: " + variant);
                if (i % 4 == 0) {
                    assertTrue(!exact.isEmpty(), "a phrase cut from a text finds that text: " + variant);
                }
                exactHits += exact.size();
                wordHits += words.size();
            }
        }
        System.out.printf(Locale.ROOT, "grep agreement: %d texts, %d clauses, %d phrases x 3 modes; %d exact and %d"
                + " any-order clause hits agree%n", texts.size(), clauses.size(), PHRASES, exactHits, wordHits);
    }

    /**
     * A clause by "text id#order", the key {@link CorpusSearch#matchingClauses} gives, with its
     * passages folded and its words listed once, as grep would see them.
     */
    private record Clause(String key, List<String> passages, List<String> folded, Set<String> words) {
        static Clause of(String key, List<String> passages) {
            Set<String> words = new java.util.HashSet<>();
            for (String p : passages) {
                words.addAll(GrepReference.words(p));
            }
            return new Clause(key, passages, passages.stream().map(GrepReference::fold).toList(), words);
        }
    }

    /** One to six whitespace-separated pieces of a random passage, as a user would copy them. */
    private static String phrase(List<Clause> clauses, Random random) {
        while (true) {
            Clause c = clauses.get(random.nextInt(clauses.size()));
            String passage = c.passages().get(random.nextInt(c.passages().size()));
            String[] pieces = passage.strip().split("\\s+");
            if (pieces.length == 0 || pieces[0].isEmpty()) {
                continue;
            }
            int length = 1 + random.nextInt(Math.min(6, pieces.length));
            int start = random.nextInt(pieces.length - length + 1);
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(pieces, start, start + length));
            if (phrase.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return phrase;
            }
        }
    }

    private static String shuffled(String phrase, Random random) {
        List<String> words = new ArrayList<>(List.of(phrase.split(" ")));
        java.util.Collections.shuffle(words, random);
        return String.join(" ", words);
    }

    private static Set<String> found(CorpusSearch search, String phrase, SearchMode mode, boolean grouped)
            throws IOException {
        PhraseQuery query = PhraseQuery.of(phrase, mode);
        Set<String> keys = new TreeSet<>(search.matchingClauses(query));
        if (grouped) {
            Set<String> shown = new TreeSet<>();
            SearchResult r = search.search(query, Integer.MAX_VALUE, Integer.MAX_VALUE);
            for (SeriesHits s : r.series()) {
                for (TextStep t : s.holding()) {
                    for (ClauseHit h : t.clauses()) {
                        shown.add(h.text().id() + "#" + h.order());
                    }
                }
            }
            assertEquals(keys, shown, "every clause found is shown once, in its series: " + phrase);
            assertEquals(keys.size(), r.clauses());
        }
        return keys;
    }

    private static Set<String> grepExact(List<Clause> clauses, String phrase) {
        Pattern p = GrepReference.exact(phrase);
        Set<String> keys = new TreeSet<>();
        for (Clause c : clauses) {
            if (GrepReference.holdsExact(p, c.folded())) {
                keys.add(c.key());
            }
        }
        return keys;
    }

    private static Set<String> grepWords(List<Clause> clauses, String phrase) {
        Set<String> wanted = GrepReference.words(phrase);
        Set<String> keys = new TreeSet<>();
        for (Clause c : clauses) {
            if (c.words().containsAll(wanted)) {
                keys.add(c.key());
            }
        }
        return keys;
    }
}
