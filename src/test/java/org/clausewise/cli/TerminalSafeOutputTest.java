package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters from a text never reach the terminal raw; JSON keeps them, escaped. */
class TerminalSafeOutputTest {
    private static final String ESC = "\u001b";
    private static final String RLO = "\u202e";
    private static final String CSI = "\u009b";

    @TempDir
    Path dir;

    private static String through(String text, int chunk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeOutputStream safe = new TerminalSafeOutputStream(bytes)) {
            byte[] in = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < in.length; i += chunk) {
                safe.write(in, i, Math.min(chunk, in.length - i));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlsBecomeVisibleEscapesWhateverTheChunks() throws IOException {
        String text = "a" + ESC + "[31mred" + ESC + "[0m \u0007bell\r " + RLO + "evil\u202c " + CSI + "2J \u2067x\u2069 \u007f";
        String want = "a\\x1b[31mred\\x1b[0m \\x07bell\\x0d \\u202eevil\\u202c \\u009b2J \\u2067x\\u2069 \\x7f";
        for (int chunk : new int[] {1, 2, 3, 1000}) {
            assertEquals(want, through(text, chunk), "chunks of " + chunk);
        }
    }

    @Test
    void ordinaryTextPassesUnchanged() throws IOException {
        String text = "Réaffirme — « coopération » \u2014 \u2019 التعاون 合作 сотрудничество\n\tOP 1 \u20ac \u2026 \u00a0\u00ad\n";
        for (int chunk : new int[] {1, 2, 1000}) {
            assertEquals(text, through(text, chunk));
        }
    }

    @Test
    void jsonEscapesThemAsJsonDoes() throws Exception {
        String text = "x" + ESC + "[2J " + RLO + " " + CSI + " \u2028 end";
        String json = Json.write(java.util.Map.of("text", text));
        for (char c : json.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e, "raw U+" + (int) c);
        }
        assertEquals(text, new ObjectMapper().readTree(json).get("text").asText());
        assertEquals(text, new ObjectMapper().readTree(Json.writeLine(java.util.Map.of("text", text))).get("text").asText());
    }

    @Test
    void aTextWithControlsIsShownSafelyByEveryCommand() throws Exception {
        // made up: a resolution whose clauses carry terminal escapes and a right-to-left override
        String text = "70/1. Made-up cooperation\n\nThe General Assembly,\n\nRecalling its " + ESC + "]0;owned"
                + "\u0007 work " + RLO + "desrever" + "\u202c,\n\n1. Decides " + ESC + "[2J to continue;\n\n"
                + "2. Requests a report.\n";
        Path file = Files.writeString(dir.resolve("A-RES-70-1.txt"), text);
        for (String[] args : new String[][] {
            {"parse", file.toString()},
            {"parse", file.toString(), "--json"},
            {"parse", file.toString(), file.toString(), "--json"},
            {"compare", file.toString(), "corpus/A-RES-61-168.txt"},
            {"compare", file.toString(), "corpus/A-RES-61-168.txt", "--json"},
            {"history", file.toString(), "--clause", "OP 1 of A-RES-70-1.txt"},
        }) {
            CliRun r = CliRun.run(args);
            assertEquals(0, r.code(), String.join(" ", args) + r.err());
            assertFalse(r.out().contains(ESC) || r.out().contains(RLO) || r.out().contains("\u0007"),
                    String.join(" ", args) + ": " + r.out());
            assertTrue(r.out().contains("\\x1b") || r.out().contains("\\u001b"), r.out());
        }
    }

    @Test
    void fileNamesInErrorsAreShownSafely() {
        CliRun r = CliRun.run("parse", "missing-" + ESC + "[31m.txt");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertFalse(r.err().contains(ESC), r.err());
        assertTrue(r.err().contains("missing-\\x1b[31m.txt"), r.err());
    }
}
