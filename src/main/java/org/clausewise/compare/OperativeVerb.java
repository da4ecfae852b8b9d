package org.clausewise.compare;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word that carries a clause's force: its first word ("Welcomes", "Urges", "Recalling"),
 * looking past the adverbs that only add to it ("Also emphasizes", "Further requests",
 * "Strongly encourages"), so that "Emphasizes" → "Also emphasizes" keeps its verb while
 * "Welcomes" → "Recalls" changes it.
 */
public final class OperativeVerb {
    private static final Set<String> MODIFIERS = Set.of("also", "further", "furthermore", "again", "once",
            "strongly", "firmly", "deeply", "fully", "moreover", "equally", "likewise", "similarly");

    private OperativeVerb() {
    }

    /** The verb of a clause's display text; empty when it does not start with a word. */
    public static String of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text == null ? "" : text);
        String first = "";
        for (Token t : tokens) {
            if (!t.word()) {
                break;
            }
            if (first.isEmpty()) {
                first = t.text();
            }
            if (!MODIFIERS.contains(t.key().toLowerCase(Locale.ROOT))) {
                return t.text();
            }
        }
        return first;
    }

    /** True when the verbs differ other than in case or by an OCR slip. */
    static boolean changed(String leftText, String rightText) {
        String a = of(leftText);
        String b = of(rightText);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return !EditorialRules.isEditorial(Tokenizer.tokenize(a), Tokenizer.tokenize(b));
    }
}
