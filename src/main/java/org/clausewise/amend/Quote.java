package org.clausewise.amend;

/** Quoted words in an outcome, shortened so that one outcome stays one line: "made-up concern", "Recalling the … court". */
final class Quote {
    private static final int LONGEST = 60;

    private Quote() {
    }

    static String of(String words) {
        String w = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        if (w.length() > LONGEST) {
            w = w.substring(0, LONGEST - 25).stripTrailing() + " \u2026 " + w.substring(w.length() - 20).stripLeading();
        }
        return "\u201C" + w + "\u201D";
    }
}
