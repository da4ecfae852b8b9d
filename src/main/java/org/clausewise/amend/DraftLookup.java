package org.clausewise.amend;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the draft an amendment names among the texts at hand (the library, or the files given),
 * preferring its latest revision: an amendment to A/C.3/80/L.2 is applied to A/C.3/80/L.2/Rev.1
 * when that is there, and the caller says which was used. An earlier version than the one named is
 * never used: its paragraphs are not the ones the amendment counts.
 */
public final class DraftLookup {
    private DraftLookup() {
    }

    /**
     * What was found for the symbol named.
     *
     * @param used      the text chosen, empty when none fits
     * @param named     the symbol the amendment names
     * @param usedSymbol the symbol of the text chosen, null when none
     */
    public record Found<T>(Optional<T> used, String named, String usedSymbol) {
        /** The text used is a later revision than the one named. */
        public boolean isRevision() {
            return used.isPresent() && usedSymbol != null && !usedSymbol.equalsIgnoreCase(named);
        }

        /** "draft A/C.3/80/L.2 not found", or "A/C.3/80/L.2/Rev.1 (the latest revision of A/C.3/80/L.2)". */
        public String describe() {
            if (named == null || named.isBlank()) {
                return "the amendment does not say which draft it amends";
            }
            if (used.isEmpty()) {
                return "draft " + named + " not found";
            }
            return isRevision() ? usedSymbol + " (the latest revision of " + named + ")" : usedSymbol;
        }
    }

    /** The two symbols name one draft, whatever its revision: A/C.3/80/L.2 and A/C.3/80/L.2/Rev.1. */
    public static boolean sameDraft(String a, String b) {
        var sa = DraftSymbol.of(a);
        var sb = DraftSymbol.of(b);
        return sa.isPresent() && sb.isPresent() && sa.get().sameDocument(sb.get());
    }

    /** The latest revision of {@code named} among {@code texts}, each known by {@code symbolOf}. */
    public static <T> Found<T> find(String named, List<T> texts, Function<T, String> symbolOf) {
        Optional<DraftSymbol> wanted = DraftSymbol.of(named);
        T best = null;
        DraftSymbol bestSymbol = null;
        String bestName = null;
        if (wanted.isPresent()) {
            for (T text : texts) {
                String symbol = symbolOf.apply(text);
                Optional<DraftSymbol> s = DraftSymbol.of(symbol);
                if (s.isEmpty() || !s.get().sameDocument(wanted.get()) || s.get().revision() < wanted.get().revision()) {
                    continue;
                }
                if (bestSymbol == null || s.get().revision() > bestSymbol.revision()) {
                    best = text;
                    bestSymbol = s.get();
                    bestName = symbol;
                }
            }
        }
        return new Found<>(Optional.ofNullable(best), named, bestName);
    }
}
