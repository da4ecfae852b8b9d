package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Annex;
import org.clausewise.model.AnnexRow;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Heading;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Part;
import org.clausewise.model.TextDiff;

/**
 * Compares the annexes of two texts: each annex is matched with its counterpart by id ("II" with
 * "II", a lone "Annex" with a lone one), then what is left by title or content; the paragraphs and
 * articles of a matched pair are aligned like the body's clauses, their headings like the body's.
 * An annex on one side only has all its clauses added or removed.
 */
final class AnnexComparer {
    /** An annex left without its id's counterpart must be at least this alike to another. */
    private static final double SAME_ANNEX_MIN = 0.5;

    private final PartComparer clauses;
    private final HeadingAligner headings;
    private final TextCache cache;

    AnnexComparer(PartComparer clauses, HeadingAligner headings, TextCache cache) {
        this.clauses = clauses;
        this.headings = headings;
        this.cache = cache;
    }

    /** The annex rows in the right text's order; a removed annex comes where it stood. */
    List<AnnexRow> compare(List<Annex> left, List<Annex> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return List.of();
        }
        int[] partnerOfRight = match(left, right);
        boolean[] leftDone = new boolean[left.size()];
        List<AnnexRow> out = new ArrayList<>();
        int nextLeft = 0;
        int lastMatchedLeft = -1;
        for (int j = 0; j < right.size(); j++) {
            int i = partnerOfRight[j];
            if (i < 0) {
                out.add(pair(null, right.get(j), false));
                continue;
            }
            boolean moved = i < lastMatchedLeft;
            if (!moved) {
                for (; nextLeft < i; nextLeft++) {
                    if (!leftDone[nextLeft] && !isMatched(nextLeft, partnerOfRight)) {
                        leftDone[nextLeft] = true;
                        out.add(pair(left.get(nextLeft), null, false));
                    }
                }
                lastMatchedLeft = i;
            }
            leftDone[i] = true;
            out.add(pair(left.get(i), right.get(j), moved));
        }
        for (int i = 0; i < left.size(); i++) {
            if (!leftDone[i] && !isMatched(i, partnerOfRight)) {
                out.add(pair(left.get(i), null, false));
            }
        }
        return out;
    }

    private static boolean isMatched(int left, int[] partnerOfRight) {
        for (int p : partnerOfRight) {
            if (p == left) {
                return true;
            }
        }
        return false;
    }

    /** By id first; then the best-alike pairs of those left, by title or by content. */
    private int[] match(List<Annex> left, List<Annex> right) {
        int[] partner = new int[right.size()];
        boolean[] used = new boolean[left.size()];
        java.util.Arrays.fill(partner, -1);
        for (int j = 0; j < right.size(); j++) {
            for (int i = 0; i < left.size(); i++) {
                if (!used[i] && left.get(i).id().equals(right.get(j).id())) {
                    partner[j] = i;
                    used[i] = true;
                    break;
                }
            }
        }
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < right.size(); j++) {
            for (int i = 0; i < left.size(); i++) {
                if (partner[j] < 0 && !used[i]) {
                    double s = alike(left.get(i), right.get(j));
                    if (s >= SAME_ANNEX_MIN) {
                        candidates.add(new double[] {s, i, j});
                    }
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b[0], a[0]));
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (partner[j] < 0 && !used[i]) {
                partner[j] = i;
                used[i] = true;
            }
        }
        return partner;
    }

    private double alike(Annex l, Annex r) {
        double byTitle = l.title().isEmpty() || r.title().isEmpty() ? 0.0
                : cache.profile(l.title()).similarity(cache.profile(r.title()));
        return Math.max(byTitle, content(l).similarity(content(r)));
    }

    private TextProfile content(Annex a) {
        List<String> texts = new ArrayList<>();
        for (Clause c : a.clauses()) {
            texts.add(c.fullText());
        }
        return TextProfile.of(texts.toArray(new String[0]));
    }

    private AnnexRow pair(Annex l, Annex r, boolean moved) {
        List<Clause> lc = l == null ? List.of() : l.clauses();
        List<Clause> rc = r == null ? List.of() : r.clauses();
        List<Heading> lh = l == null ? List.of() : l.headings();
        List<Heading> rh = r == null ? List.of() : r.headings();
        List<ClauseRow> rows = clauses.compare(lc, rc, SectionPairs.of(headings.align(lh, rh, lc, rc, List.of())));
        List<HeadingRow> heads = headings.align(lh, rh, lc, rc, rows);
        rows = SectionMoves.mark(rows, heads);
        return new AnnexRow(l, r, header(l, r, moved), heads, rows);
    }

    /** The two annexes' titles as one heading row: "Annex II" over its title. */
    private HeadingRow header(Annex l, Annex r, boolean moved) {
        Heading lh = l == null ? null : title(l);
        Heading rh = r == null ? null : title(r);
        if (lh == null) {
            return HeadingAligner.added(rh);
        }
        if (rh == null) {
            return HeadingAligner.removed(lh);
        }
        TextDiff d = headings.diff(lh, rh);
        ChangeKind kind = moved ? ChangeKind.MOVED : d.changed() ? ChangeKind.MODIFIED : ChangeKind.UNCHANGED;
        return new HeadingRow(lh, rh, kind, d);
    }

    static Heading title(Annex a) {
        Clause first = a.clauses().isEmpty() ? null : a.clauses().get(0);
        return new Heading(Part.ANNEX, a.id(), null, a.label(), a.title(), 0, first);
    }
}
