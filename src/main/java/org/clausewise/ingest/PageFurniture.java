package org.clausewise.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the running headers and footers that a PDF's text extraction leaves at every page break:
 * the symbol ({@code A/RES/79/175}), the running title, the job number ({@code 24-24216 (E) 120122}),
 * the page number ({@code 2/12}) and the barcode ({@code *2424216*}).
 *
 * <p>A page number or a piece of the title on its own proves nothing (one word per line, "68/167"
 * may be a resolution number), so such weak lines are dropped only when they sit in one run of
 * lines together with a strong sign of a page break: a job number, a barcode, the text's own symbol.
 */
final class PageFurniture {
    private static final Pattern JOB_NUMBER = Pattern.compile("\\d{2}-\\d{5}(\\s*\\([A-Z]\\))?(\\s+\\d{6}){0,2}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");
    private static final Pattern RECYCLE = Pattern.compile("(?i).*please recycle.*");
    private static final Pattern MASTHEAD = Pattern.compile("(?i)united nations|general assembly");

    /** TITLE is a weak sign; TITLE_PIECE, a short piece of the title, only goes with a TITLE line next to it. */
    private enum Kind { NONE, TITLE_PIECE, TITLE, WEAK, STRONG }

    /** How many lines away from a job number, symbol or page number a running title may stand. */
    private static final int NEAR = 4;

    private PageFurniture() {
    }

    /** Marks furniture lines; {@code symbol} and {@code title} may be null when unknown. */
    static boolean[] find(List<Line> lines, String symbol, String title) {
        int n = lines.size();
        Kind[] kinds = new Kind[n];
        String normTitle = title == null ? null : normal(title);
        for (int i = 0; i < n; i++) {
            kinds[i] = kind(lines.get(i), symbol);
        }
        // The running title only counts beside other furniture: look for it only near an anchor.
        if (normTitle != null) {
            int nextAnchor = n + 100;
            for (int i = n - 1; i >= 0; i--) {
                if (kinds[i] != Kind.NONE) {
                    nextAnchor = i;
                } else if (nextAnchor - i <= NEAR || nearAnchorBefore(kinds, i)) {
                    kinds[i] = titleKind(lines.get(i).text(), normTitle);
                }
            }
        }
        boolean[] furniture = new boolean[n];
        int i = 0;
        while (i < n) {
            if (kinds[i] == Kind.NONE && !lines.get(i).blank()) {
                i++;
                continue;
            }
            int start = i;
            boolean strong = false;
            int weak = 0;
            while (i < n && (kinds[i] != Kind.NONE || lines.get(i).blank())) {
                strong |= kinds[i] == Kind.STRONG;
                weak += kinds[i] == Kind.WEAK || kinds[i] == Kind.TITLE ? 1 : 0;
                i++;
            }
            // Two weak signs together (page number and running title) also make a header.
            if (strong || weak >= 2) {
                for (int k = start; k < i; k++) {
                    furniture[k] = kinds[k] == Kind.TITLE_PIECE ? nextToTitle(kinds, k)
                            : kinds[k] != Kind.NONE;
                }
            }
        }
        return furniture;
    }

    private static Kind kind(Line line, String symbol) {
        if (line.furniture()) {
            return Kind.STRONG;
        }
        String t = line.text();
        if (t.isEmpty()) {
            return Kind.NONE;
        }
        char first = t.charAt(0);
        if (Character.isDigit(first)) {
            if (JOB_NUMBER.matcher(t).matches()) {
                return Kind.STRONG;
            }
            var page = PAGE_NUMBER.matcher(t);
            if (t.length() <= 9 && page.matches() && Integer.parseInt(page.group(1)) <= Integer.parseInt(page.group(2))) {
                return Kind.WEAK;
            }
        }
        if (symbol != null && t.equals(symbol) || t.length() > 12 && t.length() < 60 && t.contains("ecycle") && RECYCLE.matcher(t).matches()) {
            return Kind.STRONG;
        }
        if (first == 'A' && isSymbolAlone(t)
                || t.length() <= 16 && MASTHEAD.matcher(t).matches()) {
            return Kind.WEAK;
        }
        return Kind.NONE;
    }

    /**
     * A document symbol on a line of its own: "A/", then parts of capitals, digits and dots
     * separated by slashes, at least two, the last ending in a capital or digit ({@code A/RES/79/175},
     * {@code A/C.3/78/L.12/Rev.1}). A scan, not the regex {@code A/(?:[A-Z0-9.]+/)+[A-Z0-9.]*[A-Z0-9]}:
     * Java matches a repeated group by recursion, and a long {@code A/1/1/1/…} line overflowed the stack.
     */
    static boolean isSymbolAlone(String t) {
        if (!t.startsWith("A/")) {
            return false;
        }
        int slashes = 0;
        boolean partEmpty = true;
        for (int i = 2; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '/') {
                if (partEmpty) {
                    return false;
                }
                slashes++;
                partEmpty = true;
            } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
                partEmpty = false;
            } else {
                return false;
            }
        }
        return slashes >= 1 && !partEmpty && t.charAt(t.length() - 1) != '.';
    }

    private static boolean nearAnchorBefore(Kind[] kinds, int i) {
        for (int k = Math.max(0, i - NEAR); k < i; k++) {
            if (kinds[k] == Kind.STRONG || kinds[k] == Kind.WEAK) {
                return true;
            }
        }
        return false;
    }

    private static Kind titleKind(String t, String normTitle) {
        if (t.length() < 6 || t.length() > normTitle.length() + 4) {
            return Kind.NONE;
        }
        String nt = normal(t);
        if (nt.length() >= Math.min(20, normTitle.length()) && normTitle.contains(nt)) {
            return Kind.TITLE;
        }
        if (nt.length() >= 6 && normTitle.contains(nt)) {
            return Kind.TITLE_PIECE;
        }
        return Kind.NONE;
    }

    /** A running title wrapped over lines ends in a short piece: "and the rule of law". */
    private static boolean nextToTitle(Kind[] kinds, int k) {
        return k > 0 && kinds[k - 1] == Kind.TITLE || k + 1 < kinds.length && kinds[k + 1] == Kind.TITLE;
    }

    private static String normal(String s) {
        return LineCleaner.collapseSpaces(Markers.strip(s).toLowerCase(Locale.ROOT));
    }
}
