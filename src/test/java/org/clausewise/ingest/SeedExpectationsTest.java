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
import java.util.Properties;
import java.util.stream.Stream;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed texts against the clean truth in seeds.json: every field, every clause. */
class SeedExpectationsTest {
    private static final double MIN_SIMILARITY = 0.97;

    static Stream<Arguments> seeds() throws IOException {
        JsonNode root;
        try (InputStream in = SeedExpectationsTest.class.getResourceAsStream("/seeds.json")) {
            root = new ObjectMapper().readTree(in);
        }
        Properties files = Corpus.seedFiles();
        List<Arguments> args = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            args.add(Arguments.of(files.getProperty(e.getKey()), e.getValue()));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void metadataIsExact(String file, JsonNode expected) {
        Resolution r = Corpus.parse(file);
        assertEquals(text(expected, "symbol"), r.symbol(), file + " symbol");
        assertEquals(expected.get("session").asInt(), r.session(), file + " session");
        assertEquals(expected.get("kind").asText(), r.kind().jsonName(), file + " kind");
        assertEquals(expected.get("date").asText(), String.valueOf(r.date()), file + " date");
        assertEquals(expected.get("title").asText(), r.title(), file + " title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void countsAreExact(String file, JsonNode expected) {
        Resolution r = Corpus.parse(file);
        assertEquals(expected.get("preamble").size(), r.preamble().size(), file + " preambular paragraphs");
        assertEquals(expected.get("operative").size(), r.operative().size(), file + " operative paragraphs");
        assertEquals(expected.get("footnoteCount").asInt(), r.footnotes().size(), file + " footnotes " + r.footnotes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyClauseMatchesTheCleanText(String file, JsonNode expected) {
        Resolution r = Corpus.parse(file);
        List<String> problems = new ArrayList<>();
        compare(file, "PP", expected.get("preamble"), r.preamble(), problems);
        compare(file, "OP", expected.get("operative"), r.operative(), problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void compare(String file, String part, JsonNode expected, List<Clause> actual, List<String> problems) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String want = expected.get(i).asText();
            String got = fullText(actual.get(i));
            double sim = Similarity.of(want, got);
            if (sim < MIN_SIMILARITY) {
                problems.add(String.format("%s %s %d: similarity %.3f: %s", file, part, i + 1, sim,
                        Similarity.differences(want, got)));
            }
        }
    }

    /** seeds.json holds a clause with its sub-paragraphs as one text. */
    private static String fullText(Clause c) {
        StringBuilder sb = new StringBuilder(c.text());
        for (SubParagraph s : c.subparagraphs()) {
            sb.append(" (").append(s.label()).append(") ").append(s.text());
        }
        return sb.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
