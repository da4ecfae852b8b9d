package org.clausewise.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each mode finds, on made-up clauses whose differences are exactly the ones that matter. */
class MatchModesTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = SearchIndex.inMemory();
        index.sync(List.of(
                MadeUpTexts.adopted("s", 70, 1,
                        "Encourages international cooperation in the field of widgets,",        // OP 1
                        "Encourages international co\u2011operation in the field of widgets,",   // OP 2 non-breaking hyphen
                        "encourages International Cooperation in the field of Widgets;",         // OP 3 case
                        "Welcomes the \u201cWidget Declaration\u201d of the Council,",           // OP 4 curly quotes
                        "Welcomes the \"Widget Declaration\" of the Council,",                    // OP 5 straight quotes
                        "Recalls the rights of widgets and the right to widgets,",               // OP 6
                        "Notes the e\ufb03cient use of widgets and gadgets",                       // OP 7 ligature ffi
                        "Affirms the Universal Declaration of Human Rights2 on widgets,",        // OP 8 glued footnote digit
                        "Welcomes the report of the Secretary\u2011General on C\u00f4te d\u2019Ivoire,"),  // OP 9
                MadeUpTexts.text("A/RES/70/2", "t", 70, ResolutionKind.RESOLUTION, List.of(
                        MadeUpTexts.clause("OP 1", "Calls upon all States:", "to promote widgets;",
                                "to protect gadgets and the rights of widgets;")))));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static String found(String phrase, SearchMode mode) throws IOException {
        SearchResult r = index.searcher().search(phrase, mode, 50);
        return r.series().stream().flatMap(s -> s.holding().stream()).flatMap(t -> t.clauses().stream())
                .map(ClauseHit::reference).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    @Test
    void exactPhraseKeepsCaseAndPunctuationButNotTypography() throws IOException {
        assertEquals("[A/RES/70/1, OP 1]", found("international cooperation in the field", SearchMode.EXACT));
        assertEquals("[A/RES/70/1, OP 2]", found("international co-operation", SearchMode.EXACT),
                "a typed hyphen finds the non-breaking one");
        assertEquals("[A/RES/70/1, OP 4, A/RES/70/1, OP 5]", found("the \"Widget Declaration\" of", SearchMode.EXACT),
                "straight quotes find curly ones");
        assertEquals("[A/RES/70/1, OP 4, A/RES/70/1, OP 5]", found("Widget Declaration\u201d of the", SearchMode.EXACT));
        assertEquals("[]", found("Widget Declaration of the", SearchMode.EXACT), "punctuation counts");
        assertEquals("[A/RES/70/1, OP 7]", found("efficient use", SearchMode.EXACT), "a ligature is its letters");
        assertEquals("[A/RES/70/1, OP 6]", found("right to widgets", SearchMode.EXACT));
        assertEquals("[A/RES/70/1, OP 6]", found("the right", SearchMode.EXACT), "not inside 'the rights'");
        assertEquals("[]", found("encourages international cooperation", SearchMode.EXACT), "case counts");
    }

    @Test
    void aPhraseStaysInsideOneSubParagraph() throws IOException {
        assertEquals("[A/RES/70/2, OP 1 (a)]", found("to promote widgets", SearchMode.EXACT));
        assertEquals("[]", found("promote widgets to protect", SearchMode.NEAR), "no phrase across two sub-paragraphs");
    }

    @Test
    void wordsInAnyOrderAnyCaseAnywhereInTheClause() throws IOException {
        assertEquals("[A/RES/70/1, OP 1, A/RES/70/1, OP 3]", found("Cooperation international WIDGETS", SearchMode.WORDS));
        SearchResult spread = index.searcher().search("promote protect", SearchMode.WORDS, 10);
        ClauseHit hit = spread.series().get(0).holding().get(0).clauses().get(0);
        assertEquals(ClauseHit.WHOLE_CLAUSE, hit.passageLabel(), "the words are in (a) and (b)");
        assertEquals("A/RES/70/2, OP 1", hit.reference());
        assertEquals(2, hit.highlights().size());
    }

    @Test
    void nearMatchesSetEditorialNoiseAside() throws IOException {
        assertEquals("[A/RES/70/1, OP 1, A/RES/70/1, OP 2, A/RES/70/1, OP 3]",
                found("encourages international cooperation in the field of widgets", SearchMode.NEAR),
                "hyphen, non-breaking hyphen and case");
        assertEquals("[A/RES/70/1, OP 4, A/RES/70/1, OP 5]", found("the widget declaration of the", SearchMode.NEAR),
                "quotes and case");
        assertEquals("[A/RES/70/1, OP 8]", found("Declaration of Human Rights on widgets", SearchMode.NEAR),
                "a footnote digit glued to a word");
        assertEquals("[A/RES/70/1, OP 9]", found("Secretary-General on Cote d'Ivoire", SearchMode.NEAR),
                "accents and apostrophes");
        assertEquals("[A/RES/70/1, OP 9]", found("secretarygeneral", SearchMode.NEAR));
        assertEquals("[]", found("international cooperation in the area of widgets", SearchMode.NEAR),
                "other words are not noise");
    }

    @Test
    void highlightsPointIntoTheDisplayText() throws IOException {
        SearchResult r = index.searcher().search("efficient use", SearchMode.NEAR, 10);
        ClauseHit hit = r.firstAgreed();
        Highlight h = hit.highlights().get(0);
        assertEquals("e\ufb03cient use", hit.passage().substring(h.start(), h.end()));
        ClauseHit nbh = index.searcher().search("co-operation in", SearchMode.EXACT, 10).firstAgreed();
        Highlight n = nbh.highlights().get(0);
        assertEquals("co\u2011operation in", nbh.passage().substring(n.start(), n.end()));
    }

    @Test
    void aPhraseWithoutWordsIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.searcher().search(" ;, ", SearchMode.EXACT, 10));
        assertTrue(e.getMessage().contains("type a word"));
    }
}
