package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real triples from the official PDFs of {@code ../shared/pdf} (skipped without it). The 79th session
 * has no drafts there, so each draft is made from the adopted 79th text in the test: one of its
 * operative paragraphs left out (negotiation then added it, or restored it when the 78th text has
 * it) and one invented paragraph put in (negotiation dropped it). Everything else is the adopted
 * text itself, so its story can only be what the 78th → 79th comparison says.
 */
class RealTriplesTest {
    private static final Path SHARED = Path.of("..", "shared", "pdf");
    private static final String INVENTED = "Requests the imaginary committee on invented matters to count the clouds"
            + " over the made-up islands every second Tuesday;";

    /** "Pattern of conferences", 78/245 → 79/248: sections with numbering of their own, some 130 paragraphs. */
    @Test
    void aLongTextWithSections() {
        Resolution previous = read("78/A_RES_78_245.pdf");
        Resolution adopted = read("79/A_RES_79_248.pdf");
        ThreeWayComparison c = new ThreeWayComparer().compare(previous, madeUpDraft(adopted, 5), adopted);
        checkInvariants(c, previous, adopted, 5);
        assertTrue(c.operative().stream().anyMatch(r -> r.latest().section() != null), "rows keep their section");
    }

    /** 78/249 → 79/255: a text with an annex, aligned in its own part. */
    @Test
    void aTextWithAnAnnex() {
        Resolution previous = read("78/A_RES_78_249.pdf");
        Resolution adopted = read("79/A_RES_79_255.pdf");
        ThreeWayComparison c = new ThreeWayComparer().compare(previous, madeUpDraft(adopted, 0), adopted);
        checkInvariants(c, previous, adopted, 0);
        assertEquals(adopted.clauses(Part.ANNEX).size(), c.annexes().stream().filter(r -> r.adopted() != null).count());
    }

    /**
     * Every 78th/79th pair with the same title (about 170), run when {@code -Dclausewise.realscale=true}:
     * the invariants hold for each, and the counts per story are printed for the report.
     */
    @Test
    void everySeriesOfTheTwoSessions() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("clausewise.realscale"), "-Dclausewise.realscale=true runs it");
        Map<String, Resolution> by78 = titles("78");
        Map<Story, Integer> totals = new EnumMap<>(Story.class);
        int triples = 0;
        int rows = 0;
        for (Map.Entry<String, Resolution> e : titles("79").entrySet()) {
            Resolution previous = by78.get(e.getKey());
            Resolution adopted = e.getValue();
            if (previous == null || adopted.operative().isEmpty()) {
                continue;
            }
            int leftOut = adopted.operative().size() / 2;
            ThreeWayComparison c = new ThreeWayComparer().compare(previous, madeUpDraft(adopted, leftOut), adopted);
            checkInvariants(c, previous, adopted, leftOut);
            c.counts().forEach((s, n) -> totals.merge(s, n, Integer::sum));
            triples++;
            rows += c.allRows().size();
        }
        System.out.println("compare3 on " + triples + " real triples, " + rows + " rows: " + totals);
        assertTrue(triples > 100);
    }

    private static void checkInvariants(ThreeWayComparison c, Resolution previous, Resolution adopted, int leftOut) {
        int total = c.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(c.allRows().size(), total);
        // every clause of every text is on some row
        for (Part part : Part.values()) {
            assertEquals(Set.copyOf(ids(previous.clauses(part))), Set.copyOf(ids(c.rows(part).stream()
                    .map(ThreeWayRow::previous).toList())), part + " of last year's text, each on a row");
            assertEquals(Set.copyOf(ids(adopted.clauses(part))), Set.copyOf(ids(c.rows(part).stream()
                    .map(ThreeWayRow::adopted).toList())), part + " of the adopted text, each on a row");
        }
        Clause missing = adopted.operative().get(leftOut);
        ThreeWayRow back = c.operative().stream().filter(r -> r.adopted() == missing).findFirst().orElseThrow();
        assertNull(back.draft());
        assertEquals(back.previous() == null ? Story.ADDED_IN_NEGOTIATION : Story.RESTORED, back.story());
        ThreeWayRow dropped = c.operative().stream().filter(r -> r.draft() != null && r.draft().text().equals(INVENTED))
                .findFirst().orElseThrow();
        assertEquals(Story.DROPPED_IN_NEGOTIATION, dropped.story());
        for (ThreeWayRow r : c.allRows()) {
            if (r != back && r != dropped && r.draft() != null) {
                assertFalse(r.story() == Story.CHANGED_IN_NEGOTIATION || r.story() == Story.DROPPED_IN_NEGOTIATION,
                        r.label() + ": the draft is the adopted text here, so negotiation changed nothing");
            }
        }
    }

    /** Identity of clauses as strings, nulls left out: "OPERATIVE 12 <hash>". */
    private static List<String> ids(List<Clause> clauses) {
        List<String> ids = new ArrayList<>();
        for (Clause c : clauses) {
            if (c != null) {
                ids.add(System.identityHashCode(c) + " " + c.label());
            }
        }
        return ids;
    }

    /** The adopted text as a draft: operative paragraph {@code leftOut} left out, an invented one added at the end. */
    private static Resolution madeUpDraft(Resolution adopted, int leftOut) {
        List<Clause> operative = new ArrayList<>(adopted.operative());
        operative.remove(leftOut);
        operative.add(Clause.operative(operative.size() + 1, INVENTED, List.of(), List.of()));
        return new Resolution(null, adopted.session(), ResolutionKind.DRAFT, adopted.title(), adopted.date(),
                adopted.preamble(), operative, adopted.footnotes(), List.of(), "made-up draft", adopted.info(),
                adopted.headings(), adopted.annexes(), null);
    }

    private static Resolution read(String file) {
        Path path = SHARED.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "../shared/pdf is not there");
        try {
            return ResolutionFiles.read(path);
        } catch (InputException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Resolution> titles(String session) throws IOException {
        Map<String, Resolution> by = new HashMap<>();
        try (Stream<Path> files = Files.list(SHARED.resolve(session))) {
            for (Path f : files.sorted().toList()) {
                try {
                    Resolution r = ResolutionFiles.read(f);
                    if (r.title() != null) {
                        by.putIfAbsent(r.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), r);
                    }
                } catch (InputException e) {
                    // a text that cannot be read is the PDF reader's test's business
                }
            }
        }
        return by;
    }
}
