package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;

/**
 * A change in one line, for the session brief: the row's label, then what happened in the words
 * of its badges and its redline — "OP 12: Welcomes → Recalls; + “, as decided in …”". Made from
 * the presented row only, so it says exactly what the viewer, the PDF and the command line mark.
 */
public final class ChangeGist {
    /** Words quoted of one edit; a brief is read at a glance, the viewer shows the rest. */
    static final int QUOTED_WORDS = 8;
    /** Edits named per clause before "and n more edits". */
    static final int EDITS_NAMED = 3;

    private ChangeGist() {
    }

    /** "OP 12: Welcomes → Recalls; + “…”"; "PP 3: new “…”"; "OP 9: dropped “…”". */
    public static String of(PresentedRow row) {
        List<String> parts = new ArrayList<>();
        if (row.kind() == ChangeKind.ADDED) {
            parts.add("new " + quote(whole(row.clause(Side.RIGHT))));
        } else if (row.kind() == ChangeKind.REMOVED) {
            parts.add("dropped " + quote(whole(row.clause(Side.LEFT))));
        } else {
            for (Badge b : row.badges()) {
                switch (b.kind()) {
                    case MOVED -> parts.add("moved"); // the label already says from where: "PP 15 → PP 45"
                    case SPLIT, MERGED, COARSE, SUBPARAGRAPHS_MOVED -> parts.add(b.text());
                    case VERB_CHANGED -> parts.add(b.detail());
                    default -> { } // "modified": the edits below say how
                }
            }
            parts.addAll(edits(row, verbChange(row)));
        }
        return row.label() + ": " + String.join("; ", parts);
    }

    /** The substantive edits of the lead-in and sub-paragraphs, each "+ “new”", "− “old”" or "“old” → “new”". */
    private static List<String> edits(PresentedRow row, String[] verbs) {
        List<String> edits = new ArrayList<>();
        collect(row.redline(), verbs, null, edits);
        for (SubparagraphLine sub : row.subparagraphs()) {
            if (sub.kind() != null && sub.kind() != ChangeKind.UNCHANGED) {
                collect(sub.redline(), null, sub.label(), edits);
            }
        }
        if (edits.size() > EDITS_NAMED) {
            int more = edits.size() - EDITS_NAMED;
            List<String> named = new ArrayList<>(edits.subList(0, EDITS_NAMED));
            named.add("and " + more + (more == 1 ? " more edit" : " more edits"));
            return named;
        }
        return edits;
    }

    /** The old and new verb of a "verb changed" badge, or null: the gist names them once. */
    private static String[] verbChange(PresentedRow row) {
        for (Badge b : row.badges()) {
            if (b.kind() == Badge.Kind.VERB_CHANGED && b.detail() != null) {
                String[] verbs = b.detail().split(" \u2192 ", 2);
                return verbs.length == 2 ? verbs : null;
            }
        }
        return null;
    }

    /**
     * @param verbs the changed verb pair, taken off the first edit of a lead-in (the badge already
     *              says it), or null
     */
    private static void collect(List<Run> runs, String[] verbs, String subLabel, List<String> edits) {
        String[] verbsLeft = verbs;
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i <= runs.size(); i++) {
            Run run = i < runs.size() ? runs.get(i) : null;
            boolean counts = run != null && run.isChange() && !run.editorial();
            boolean gap = run != null && !run.isChange() && run.text().isBlank() && (deleted.length() > 0);
            if (counts) {
                StringBuilder to = run.mark() == Run.Mark.DELETED ? deleted : inserted;
                if (to.length() > 0 && !Character.isWhitespace(to.charAt(to.length() - 1))
                        && i > 0 && !runs.get(i - 1).isChange()) {
                    to.append(' '); // the words either side of a blank kept between two edits
                }
                to.append(run.text());
            } else if (!gap && (deleted.length() > 0 || inserted.length() > 0)) {
                String old = deleted.toString();
                String now = inserted.toString();
                if (verbsLeft != null) {
                    old = withoutLeading(old, verbsLeft[0]);
                    now = withoutLeading(now, verbsLeft[1]);
                    verbsLeft = null;
                }
                if (!old.isBlank() || !now.isBlank()) {
                    edits.add(edit(subLabel, old, now));
                }
                deleted.setLength(0);
                inserted.setLength(0);
            }
        }
    }

    private static String edit(String subLabel, String deleted, String inserted) {
        String where = subLabel == null ? "" : "(" + subLabel + ") ";
        if (deleted.isBlank()) {
            return where + "+ " + quote(inserted);
        }
        if (inserted.isBlank()) {
            return where + "\u2212 " + quote(deleted);
        }
        return where + quote(deleted) + " \u2192 " + quote(inserted);
    }

    private static String withoutLeading(String text, String word) {
        String t = text.stripLeading();
        return t.startsWith(word) ? t.substring(word.length()) : text;
    }

    private static String whole(Clause clause) {
        if (clause == null) {
            return "";
        }
        return clause.text();
    }

    /** The first {@link #QUOTED_WORDS} words in quotation marks, "…" when there are more. */
    static String quote(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        String[] words = t.isEmpty() ? new String[0] : t.split(" ");
        if (words.length <= QUOTED_WORDS) {
            return "\u201C" + t + "\u201D";
        }
        return "\u201C" + String.join(" ", List.of(words).subList(0, QUOTED_WORDS)) + " \u2026\u201D";
    }

    /** "1 verb change", "2 verb changes". */
    static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? one : many);
    }
}
