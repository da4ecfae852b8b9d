package org.clausewise.amend;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's symbol split into the document and its revision: "A/C.3/80/L.2/Rev.1" is A/C.3/80/L.2,
 * revision 1; "A/80/L.18" is revision 0. A corrigendum or addendum ("/Corr.1", "/Add.1") is not a
 * whole text of the draft, so it is not a draft symbol here.
 */
record DraftSymbol(String document, int revision) {
    private static final Pattern SYMBOL = Pattern.compile("(?i)\\s*(.+?)(?:\\s*/\\s*Rev\\.?\\s*(\\d{1,2}))?\\s*");

    static Optional<DraftSymbol> of(String symbol) {
        if (symbol == null || symbol.isBlank() || symbol.toLowerCase(Locale.ROOT).matches(".*/\\s*(corr|add)\\..*")) {
            return Optional.empty();
        }
        Matcher m = SYMBOL.matcher(symbol);
        if (!m.matches()) {
            return Optional.empty();
        }
        String doc = m.group(1).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return Optional.of(new DraftSymbol(doc, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    boolean sameDocument(DraftSymbol other) {
        return document.equals(other.document);
    }
}
