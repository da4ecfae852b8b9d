package org.clausewise.compare;

import java.util.Arrays;
import java.util.List;

/**
 * What a clause is about, for matching clauses by content: its words (lower case, letters and
 * digits only) and its word pairs, each as a sorted multiset of hashes. Single words say which
 * vocabulary two clauses share; pairs say whether they share phrasing, which separates a
 * reworded clause (most pairs kept) from a different clause on the same subject (same words,
 * few pairs). Hashes make profiles comparable across texts without a shared dictionary; a
 * collision only nudges a score.
 */
final class TextProfile {
    private final int[] words;
    private final long[] pairs;

    private TextProfile(int[] words, long[] pairs) {
        this.words = words;
        this.pairs = pairs;
    }

    static TextProfile of(String... texts) {
        int count = 0;
        int[] hashes = new int[16];
        for (String text : texts) {
            for (Token t : Tokenizer.tokenize(text)) {
                if (!t.word()) {
                    continue;
                }
                String folded = EditorialRules.fold(List.of(t));
                if (folded.isEmpty()) {
                    continue;
                }
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = folded.hashCode();
            }
        }
        long[] pairs = new long[Math.max(0, count - 1)];
        for (int i = 0; i + 1 < count; i++) {
            pairs[i] = ((long) hashes[i] << 32) | (hashes[i + 1] & 0xFFFFFFFFL);
        }
        int[] words = Arrays.copyOf(hashes, count);
        Arrays.sort(words);
        Arrays.sort(pairs);
        return new TextProfile(words, pairs);
    }

    /** Both clauses' words and pairs together, as when two consecutive clauses are read as one. */
    TextProfile plus(TextProfile other) {
        int[] w = Arrays.copyOf(words, words.length + other.words.length);
        System.arraycopy(other.words, 0, w, words.length, other.words.length);
        long[] p = Arrays.copyOf(pairs, pairs.length + other.pairs.length);
        System.arraycopy(other.pairs, 0, p, pairs.length, other.pairs.length);
        Arrays.sort(w);
        Arrays.sort(p);
        return new TextProfile(w, p);
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    /** 0..1: the mean of the Dice coefficients of words and of word pairs. */
    double similarity(TextProfile other) {
        return similarity(other, 0.0);
    }

    /**
     * As {@link #similarity(TextProfile)}, but when the words alone score below {@code floor} that
     * score is returned as it is: shared word pairs imply shared words, so the full score would be
     * below the floor too, and callers that only ask "at least floor?" skip half the work.
     */
    double similarity(TextProfile other, double floor) {
        if (words.length == 0 || other.words.length == 0) {
            // two clauses without words (a lost lead-in, a dash) are alike but prove nothing:
            // matchable in place, never strong enough to outweigh a real pair or to be "moved"
            return words.length == other.words.length ? SequenceAligner.MATCH_MIN : 0.0;
        }
        double w = 2.0 * common(words, other.words) / (words.length + other.words.length);
        if (w < floor || pairs.length == 0 || other.pairs.length == 0) {
            return w;
        }
        double p = 2.0 * common(pairs, other.pairs) / (pairs.length + other.pairs.length);
        return (w + p) / 2;
    }

    /** 0..1: how much of this text's phrasing (its word pairs) is found in {@code other}. */
    double containedIn(TextProfile other) {
        if (pairs.length == 0) {
            return words.length == 0 ? 0.0 : (double) common(words, other.words) / words.length;
        }
        return (double) common(pairs, other.pairs) / pairs.length;
    }

    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
