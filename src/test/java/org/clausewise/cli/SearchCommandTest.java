package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} on the command line, run in-process on corpus/, its index in a temp cache folder. */
class SearchCommandTest {
    private static final String PHRASE = "international cooperation in the field of human rights";

    @TempDir
    Path cache;

    private CliRun last;

    @BeforeEach
    void useTempCache() {
        System.setProperty("clausewise.cache", cache.toString());
    }

    @AfterEach
    void clearCache() {
        System.clearProperty("clausewise.cache");
    }

    private int run(String... args) {
        last = CliRun.run(args);
        return last.code();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    @Test
    void jsonGroupsBySeriesWithFirstAgreementAndTimeline() throws IOException {
        assertEquals(0, run("search", "corpus", PHRASE, "--json"), err());
        JsonNode r = new ObjectMapper().readTree(out());
        assertEquals("near", r.get("mode").asText());
        assertEquals(24, r.get("clauses").asInt());
        assertEquals(6, r.get("texts").asInt());
        assertEquals(2, r.get("series_count").asInt());
        assertEquals("A/RES/61/168", r.get("first_agreed").get("symbol").asText());
        assertEquals("PP 2", r.get("first_agreed").get("clause").asText());
        JsonNode first = r.get("series").get(0);
        assertEquals(5, first.get("timeline").size());
        JsonNode op12 = first.get("timeline").get(3).get("clauses").get(4);
        assertEquals("OP 12", op12.get("clause").asText());
        assertEquals("substantive", op12.get("change").asText());
        assertTrue(op12.get("edits").toString().contains("Recalls"));
        JsonNode ombudsman = r.get("series").get(1).get("timeline");
        assertFalse(ombudsman.get(1).get("present").asBoolean(), "the 75th text lacks it");
        JsonNode hit = first.get("timeline").get(0).get("clauses").get(0);
        int start = hit.get("highlights").get(0).get(0).asInt();
        int end = hit.get("highlights").get(0).get(1).asInt();
        assertEquals(PHRASE, hit.get("text").asText().substring(start, end));
        assertEquals(5, r.get("sessions").size());
        assertEquals("", err());
    }

    @Test
    void textFormAndAKeptIndex() throws IOException {
        assertEquals(0, run("search", "corpus", "Welcomes the initiative", "--mode", "exact"), err());
        assertTrue(out().contains("Only in drafts; first in draft A-67-draft-Third-Committee.txt, OP 12"), out());
        assertTrue(out().contains("OP 12: first here"), out());
        assertTrue(out().contains("\u00abWelcomes the initiative\u00bb"), out());
        List<Path> indexes;
        try (Stream<Path> s = Files.list(cache.resolve("search"))) {
            indexes = s.toList();
        }
        assertEquals(1, indexes.size(), "one index for these arguments");
        assertEquals(0, run("search", "corpus", "the initiative of the Human Rights Council"));
        assertTrue(out().contains("First agreed in A/RES/67/169, OP 12"), out());
        assertTrue(out().contains("[-Welcomes-]{+Recalls+}"), out());
        try (Stream<Path> s = Files.list(cache.resolve("search"))) {
            assertEquals(1, s.count(), "the same arguments reuse it");
        }
    }

    @Test
    void limitCountsTheSeriesNotShown() throws IOException {
        assertEquals(0, run("search", "corpus", "human rights", "--limit", "1", "--json"));
        JsonNode r = new ObjectMapper().readTree(out());
        assertEquals(1, r.get("series").size());
        assertEquals(r.get("series_count").asInt() - 1, r.get("more_series").asInt());
        assertEquals(0, run("search", "corpus", "human rights", "--limit", "1"));
        assertTrue(out().contains("more series (show them with --limit)"), out());
    }

    @Test
    void nothingFoundIsNotAnError() {
        assertEquals(0, run("search", "corpus", "interplanetary widgets"));
        assertTrue(out().contains("not found"), out());
    }

    @Test
    void badInputAndUsage() {
        assertEquals(2, run("search", "corpus", " ;; "));
        assertTrue(err().contains("type a word or phrase"), err());
        assertEquals(2, run("search", "corpus", "human rights", "--mode", "fuzzy"));
        assertTrue(err().contains("choose exact, words or near"), err());
        assertEquals(2, run("search", "human rights"), "a phrase and no texts");
        assertEquals(1, run("search", "no-such-folder", "human rights"));
        assertTrue(err().startsWith("clausewise: search: "), err());
        assertTrue(last.oneCleanErrorLine(), err());
    }

    @Test
    void anUnreadableTextIsNamedAndTheOthersSearched(@TempDir Path texts) throws IOException {
        Files.copy(Path.of("corpus", "A-RES-61-168.txt"), texts.resolve("A-RES-61-168.txt"));
        Files.writeString(texts.resolve("notes.txt"), "Shopping list: bread, milk.");
        assertEquals(1, run("search", texts.toString(), PHRASE));
        assertTrue(out().contains("4 clauses in 1 text of 1 series"), out());
        assertTrue(err().contains("notes.txt"), err());
    }
}
