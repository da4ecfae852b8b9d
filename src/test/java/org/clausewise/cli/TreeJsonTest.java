package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse --json} and the outline show the tree of decision 0007, on made-up texts. */
class TreeJsonTest {
    @TempDir
    Path dir;

    private JsonNode parse(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        CliRun r = CliRun.run("parse", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void sectionsAnnexesAndNestedSubparagraphs() throws Exception {
        JsonNode json = parse("budget.txt", "99/7. Made-up budget questions\n\nThe General Assembly,\n\n"
                + "I\nFirst made-up subject\n\nRecalling its made-up decisions,\n\n1. Decides:\n\n(a) That the fund shall:\n\n"
                + "(i) Stay open;\n\n(ii) Report yearly;\n\n(b) That the board shall meet;\n\n"
                + "II\nSecond made-up subject\n\n1. Approves the made-up figures.\n\n"
                + "70th plenary meeting\n22 December 2099\n\nAnnex\nMade-up declaration\n\n1. We made-up leaders commit.\n");
        JsonNode op = json.get("operative");
        assertEquals("OP I.1", op.get(0).get("label").asText());
        assertEquals("I", op.get(0).get("section").asText());
        assertTrue(op.get(0).get("numbered").asBoolean());
        assertEquals("OP II.1", op.get(1).get("label").asText());
        assertEquals(1, op.get(1).get("number").asInt());
        JsonNode a = op.get(0).get("subparagraphs").get(0);
        assertEquals("a", a.get("label").asText());
        assertEquals("ii", a.get("subparagraphs").get(1).get("label").asText());
        assertFalse(op.get(0).get("subparagraphs").get(1).has("subparagraphs"), "only nested ones carry the key");
        assertEquals("PP I.1", json.get("preamble").get(0).get("label").asText());
        assertEquals("II", json.get("headings").get(1).get("path").asText());
        assertEquals("Second made-up subject", json.get("headings").get(1).get("text").asText());
        assertEquals("operative", json.get("headings").get(1).get("part").asText());
        JsonNode annex = json.get("annexes").get(0);
        assertEquals("Annex", annex.get("label").asText());
        assertEquals("Made-up declaration", annex.get("title").asText());
        assertEquals("Annex ¶ 1", annex.get("clauses").get(0).get("label").asText());
        assertTrue(json.get("amendment").isNull());
    }

    @Test
    void amendmentInstructions() throws Exception {
        JsonNode json = parse("amendment.txt", "A/99/L.20\nUnited Nations\nGeneral Assembly\nDistr.: Limited\n"
                + "25 November 2099\n\nNinety-ninth session\nFreedonia: amendment to draft resolution A/99/L.18\n\n"
                + "Made-up safety of made-up personnel\n\nDelete operative paragraph 9.\n");
        assertEquals("amendment", json.get("kind").asText());
        assertEquals("A/99/L.18", json.get("amendment").get("amends").asText());
        JsonNode i = json.get("amendment").get("instructions").get(0);
        assertEquals("delete", i.get("action").asText());
        assertEquals("operative", i.get("part").asText());
        assertEquals(9, i.get("paragraph").asInt());
        assertEquals("OP", json.get("operative").get(0).get("label").asText());
        assertEquals("Limited", json.get("info").get("distribution").asText());
        assertEquals("Freedonia", json.get("info").get("sponsors").get(0).asText());
        Path file = dir.resolve("amendment.txt");
        CliRun outline = CliRun.run("parse", file.toString());
        assertTrue(outline.out().contains("Amends:  A/99/L.18"), outline.out());
        assertTrue(outline.out().contains("delete OP 9"), outline.out());
    }

    @Test
    void outlineShowsHeadingsBeforeTheirClauses() throws Exception {
        Path file = dir.resolve("sections.txt");
        Files.writeString(file, "99/8. Made-up subjects\n\nThe General Assembly,\n\nRecalling its made-up work,\n\n"
                + "I. Made-up overview\n\n1. Welcomes the overview;\n\nII. Made-up follow-up\n\n2. Decides to follow up.\n");
        CliRun r = CliRun.run("parse", file.toString());
        String out = r.out();
        assertTrue(out.indexOf("## I. Made-up overview") < out.indexOf("OP 1  Welcomes"), out);
        assertTrue(out.indexOf("OP 1  Welcomes") < out.indexOf("## II. Made-up follow-up"), out);
        assertTrue(out.indexOf("## II. Made-up follow-up") < out.indexOf("OP 2  Decides"), out);
    }
}
