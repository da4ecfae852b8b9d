package org.clausewise.corpus;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clausewise.model.Clause;
import org.clausewise.model.ComparableText;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * A small fingerprint of what a text says, enough to tell whether two texts are versions of one
 * resolution without holding their clauses: the {@value #SIZE} smallest hashes of its three-word
 * runs (a bottom-k MinHash sketch), so two sketches estimate how much wording the texts share.
 * Numbers are read as one token ("#"), because every new session changes the resolution numbers
 * and dates a text recalls while its wording stays. 256 bytes per text, whatever its length.
 */
public record ContentSketch(long[] smallest, int shingles) {
    static final int SIZE = 64;
    private static final ContentSketch EMPTY = new ContentSketch(new long[0], 0);

    /** {@code smallest}: the sketch's hashes (kept ascending); {@code shingles}: distinct three-word runs. */
    public ContentSketch {
        smallest = smallest.clone();
        java.util.Arrays.sort(smallest);
        shingles = Math.max(shingles, smallest.length);
    }

    public static ContentSketch empty() {
        return EMPTY;
    }

    /** The sketch of a text's preamble and operative part (lead-ins and sub-paragraphs). */
    public static ContentSketch of(Resolution text) {
        Set<Long> hashes = new HashSet<>();
        for (List<Clause> part : List.of(text.preamble(), text.operative())) {
            for (Clause clause : part) {
                addShingles(clause.text(), hashes);
                for (SubParagraph sub : clause.subparagraphs()) {
                    addShingles(sub.text(), hashes);
                }
            }
        }
        long[] all = new long[hashes.size()];
        int i = 0;
        for (long h : hashes) {
            all[i++] = h;
        }
        Arrays.sort(all);
        return new ContentSketch(Arrays.copyOf(all, Math.min(SIZE, all.length)), all.length);
    }

    /** The sketch's hashes, ascending. */
    @Override
    public long[] smallest() {
        return smallest.clone();
    }

    /**
     * The estimated share of wording the two texts have in common (Jaccard similarity of their
     * three-word runs), 0.0 to 1.0; 0.0 when either text has no words.
     */
    public double similarity(ContentSketch other) {
        if (smallest.length == 0 || other.smallest.length == 0) {
            return 0.0;
        }
        int k = Math.min(SIZE, Math.max(smallest.length, other.smallest.length));
        int i = 0;
        int j = 0;
        int seen = 0;
        int shared = 0;
        // walk the union's k smallest hashes; a hash in both sketches is shared wording
        while (seen < k && (i < smallest.length || j < other.smallest.length)) {
            long a = i < smallest.length ? smallest[i] : Long.MAX_VALUE;
            long b = j < other.smallest.length ? other.smallest[j] : Long.MAX_VALUE;
            if (a == b) {
                shared++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
            seen++;
        }
        return seen == 0 ? 0.0 : (double) shared / seen;
    }

    private static void addShingles(String text, Set<Long> into) {
        String[] words = ComparableText.of(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        long a = 0;
        long b = 0;
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            long h = hash(Character.isDigit(w.charAt(0)) ? "#" : w);
            if (n >= 2) {
                into.add(mix(a * 31 * 31 + b * 31 + h));
            }
            a = b;
            b = h;
            n++;
        }
    }

    private static long hash(String word) {
        long h = 1125899906842597L;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads the bits so the smallest hashes are a fair sample. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentSketch s && shingles == s.shingles && Arrays.equals(smallest, s.smallest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(smallest) * 31 + shingles;
    }
}
