package org.clausewise.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Resolution;

/**
 * What the corpus needs to know about a document beyond its clauses: the Committee it came
 * through and, for an adopted text, the draft it was adopted on.
 *
 * <p>The one place the corpus reads document information (decision 0007's {@code DocumentInfo}):
 * the masthead names a draft's Committee, the adoption line an adopted text's ("[on the report of
 * the Third Committee (A/78/481)]"), and a plenary text names its draft ("[without reference to
 * a Main Committee (A/78/L.1)]"). What the masthead does not say is read from the symbol:
 * A/C.3/80/L.56 is a Third Committee draft, A/80/L.18 a plenary one.
 */
final class DocumentFacts {
    static final String PLENARY = "Plenary";
    private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth"};
    private static final Pattern COMMITTEE_DRAFT = Pattern.compile("^A/C\\.(\\d)/\\d+/L\\.");
    private static final Pattern PLENARY_DRAFT = Pattern.compile("^A/\\d+/L\\.");
    private static final Pattern REVISION = Pattern.compile("(/(REV|CORR)\\.\\d+)+$");

    private DocumentFacts() {
    }

    /** "Third Committee", "Plenary", or null when the text does not say. */
    static String committee(Resolution text) {
        if (text.info().committee() != null && !text.info().committee().isBlank()) {
            return text.info().committee().strip();
        }
        if (adoptedFrom(text) != null) {
            return PLENARY;
        }
        String symbol = text.symbol() == null ? "" : text.symbol().toUpperCase(Locale.ROOT).strip();
        Matcher m = COMMITTEE_DRAFT.matcher(symbol);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= ORDINALS.length ? ORDINALS[n - 1] + " Committee" : null;
        }
        return PLENARY_DRAFT.matcher(symbol).find() ? PLENARY : null;
    }

    /** The symbol of the draft an adopted text was adopted on ("A/78/L.1"), or null when not known. */
    static String adoptedFrom(Resolution text) {
        String on = text.info().adoptedOn();
        // a draft symbol (…/L.…); a report (A/78/481) says which Committee, not which draft
        return on != null && on.toUpperCase(Locale.ROOT).contains("/L.") ? on.strip() : null;
    }

    /** The symbol of the draft an amendment amends, or null (not an amendment, or not known). */
    static String amends(Resolution text) {
        return text.amendment() == null ? null : text.amendment().draftSymbol();
    }

    /** A draft's symbol without its revision or correction suffix: A/78/L.1/Rev.1 → A/78/L.1. */
    static String baseSymbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        return REVISION.matcher(symbol.toUpperCase(Locale.ROOT).replace(" ", "")).replaceAll("");
    }
}
