package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The six official texts (PDF extractions) against expectations written by reading each text:
 * src/test/resources/ingest/NAME.json holds the metadata, the counts of paragraphs,
 * sub-paragraphs and footnotes, and a handful of clause and footnote texts, which must match exactly.
 */
class OfficialTextsTest {
    private static final Pattern KEY = Pattern.compile("(PP|OP|FN) (\\d+)(?: \\(([a-z]+)\\))?");

    private static JsonNode expectation(String name) throws IOException {
        try (InputStream in = OfficialTextsTest.class.getResourceAsStream("/ingest/" + name.replace(".txt", ".json"))) {
            return new ObjectMapper().readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A-RES-72-186.txt", "A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-75-186.txt",
            "A-RES-79-175.txt", "A-RES-79-177.txt"})
    void matchesWhatAReaderSees(String name) throws IOException {
        JsonNode want = expectation(name);
        Resolution r = Corpus.parse(name);
        assertEquals(want.get("symbol").asText(), r.symbol(), "symbol");
        assertEquals(want.get("session").asInt(), r.session(), "session");
        assertEquals(want.get("kind").asText(), r.kind().jsonName(), "kind");
        assertEquals(want.get("date").asText(), String.valueOf(r.date()), "date");
        assertEquals(want.get("title").asText(), r.title(), "title");
        assertEquals(want.get("preambleCount").asInt(), r.preamble().size(), "preambular paragraphs");
        assertEquals(want.get("operativeCount").asInt(), r.operative().size(), "operative paragraphs");
        assertEquals(want.get("footnoteCount").asInt(), r.footnotes().size(), "footnotes");
        for (int i = 0; i < r.operative().size(); i++) {
            assertEquals(i + 1, r.operative().get(i).number(), "operative paragraphs are numbered 1…n");
        }
        Iterator<Map.Entry<String, JsonNode>> subs = want.get("subparagraphs").fields();
        int withSubs = 0;
        while (subs.hasNext()) {
            Map.Entry<String, JsonNode> e = subs.next();
            Clause op = r.operative().get(Integer.parseInt(e.getKey()) - 1);
            assertEquals(e.getValue().asInt(), op.subparagraphs().size(), "sub-paragraphs of OP " + e.getKey());
            for (int k = 0; k < op.subparagraphs().size(); k++) {
                assertEquals(String.valueOf((char) ('a' + k)), op.subparagraphs().get(k).label(), "OP " + e.getKey());
            }
            withSubs++;
        }
        assertEquals(withSubs, r.operative().stream().filter(c -> !c.subparagraphs().isEmpty()).count(),
                "operative paragraphs with sub-paragraphs");

        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> texts = want.get("texts").fields();
        while (texts.hasNext()) {
            Map.Entry<String, JsonNode> e = texts.next();
            String got = find(r, e.getKey());
            String expected = e.getValue().asText();
            if (!Similarity.normalSpace(expected).equals(Similarity.normalSpace(got))) {
                problems.add(e.getKey() + ": " + Similarity.differences(expected, String.valueOf(got)));
            }
        }
        assertTrue(problems.isEmpty(), name + "\n" + String.join("\n", problems));
    }

    /**
     * Markers are stripped but kept as references: in a PDF extraction every footnote is cited,
     * and first citations come in footnote order 1, 2, 3 …
     */
    @ParameterizedTest
    @ValueSource(strings = {"A-RES-72-186.txt", "A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-75-186.txt",
            "A-RES-79-175.txt", "A-RES-79-177.txt"})
    void everyFootnoteIsCitedInOrder(String name) {
        Resolution r = Corpus.parse(name);
        List<String> firstCitations = new ArrayList<>();
        List<List<FootnoteRef>> refs = new ArrayList<>();
        r.preamble().forEach(c -> refs.add(c.footnoteRefs()));
        for (Clause c : r.operative()) {
            refs.add(c.footnoteRefs());
            c.subparagraphs().forEach(s -> refs.add(s.footnoteRefs()));
        }
        for (List<FootnoteRef> list : refs) {
            for (FootnoteRef ref : list) {
                if (!firstCitations.contains(ref.mark())) {
                    firstCitations.add(ref.mark());
                }
            }
        }
        assertEquals(r.footnotes().stream().map(Footnote::mark).toList(), firstCitations);
    }

    private static String find(Resolution r, String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad key " + key);
        }
        int n = Integer.parseInt(m.group(2));
        switch (m.group(1)) {
            case "PP":
                return r.preamble().get(n - 1).text();
            case "FN":
                return r.footnotes().stream().filter(f -> f.mark().equals(m.group(2))).map(Footnote::text)
                        .findFirst().orElse(null);
            default:
                Clause op = r.operative().get(n - 1);
                if (m.group(3) == null) {
                    return op.text();
                }
                return op.subparagraphs().stream().filter(s -> s.label().equals(m.group(3)))
                        .map(SubParagraph::text).findFirst().orElse(null);
        }
    }
}
