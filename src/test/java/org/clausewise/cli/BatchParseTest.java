package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.ingest.ResolutionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse} over several files and folders: JSON Lines, one object per text, errors in line. */
class BatchParseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void oneFileStillPrintsTheSingleObject() throws Exception {
        CliRun r = CliRun.run("parse", "corpus/A-RES-72-186.txt", "--json");
        assertEquals(0, r.code());
        assertEquals(Json.write(ResolutionJson.of(ResolutionFiles.read(Path.of("corpus/A-RES-72-186.txt")))) + "\n",
                r.out());
        assertFalse(JSON.readTree(r.out()).has("file"));
    }

    @Test
    void aFolderGivesOneLinePerTextNamingItsFile() throws Exception {
        CliRun r = CliRun.run("parse", "corpus", "--json");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> texts = lines(r.out());
        long inCorpus;
        try (var files = Files.list(Path.of("corpus"))) {
            inCorpus = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertEquals(inCorpus, texts.size(), "SOURCES.md and other notes are left out");
        JsonNode first = texts.get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("file", "symbol", "session", "kind", "title", "date", "preamble", "operative",
                "footnotes", "warnings", "info", "headings", "annexes", "amendment"), keys);
        assertEquals(Path.of("corpus", "A-67-draft-Third-Committee.txt").toString(), first.get("file").asText());
        JsonNode op = texts.stream().filter(t -> "A/RES/69/179".equals(t.get("symbol").asText())).findFirst()
                .orElseThrow().get("operative");
        assertEquals(15, op.size());
    }

    @Test
    void aTextThatCannotBeReadIsALineAndTheOthersGoOn() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path missing = dir.resolve("missing.txt");
        CliRun r = CliRun.run("parse", "corpus/A-RES-61-168.txt", missing.toString(), empty.toString(),
                "corpus/A-RES-65-218.txt", "--json");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        List<JsonNode> texts = lines(r.out());
        assertEquals(4, texts.size());
        assertEquals("A/RES/61/168", texts.get(0).get("symbol").asText());
        assertEquals(missing.toString(), texts.get(1).get("file").asText());
        assertTrue(texts.get(1).get("error").asText().contains("no such file"), texts.get(1).toString());
        assertEquals(2, texts.get(1).size(), "only file and error");
        assertTrue(texts.get(2).get("error").asText().contains("is empty"));
        assertEquals("A/RES/65/218", texts.get(3).get("symbol").asText());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().contains("2 of 4 could not be read"), r.err());
    }

    @Test
    void aFolderWithoutTextsIsAnErrorLine() throws Exception {
        Files.writeString(dir.resolve("README.md"), "notes, not a text");
        CliRun r = CliRun.run("parse", dir.toString(), "corpus/A-RES-61-168.txt", "--json");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        List<JsonNode> texts = lines(r.out());
        assertEquals(2, texts.size());
        assertTrue(texts.get(0).get("error").asText().contains("holds no texts"), texts.get(0).toString());
    }

    @Test
    void withoutJsonEachOutlineHasItsFileAsAHeading() {
        CliRun r = CliRun.run("parse", "corpus/A-RES-61-168.txt", "corpus/A-RES-65-218.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("==> corpus/A-RES-61-168.txt <==\nA/RES/61/168 (resolution)"), r.out());
        assertTrue(r.out().contains("\n==> corpus/A-RES-65-218.txt <==\nA/RES/65/218 (resolution)"), r.out());
    }
}
