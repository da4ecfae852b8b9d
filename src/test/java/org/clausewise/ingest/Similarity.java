package org.clausewise.ingest;

/** Character similarity of two texts after whitespace normalisation, for tolerating OCR slips. */
final class Similarity {
    private Similarity() {
    }

    static String normalSpace(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** 1 - editDistance / maxLength: 1.0 for equal texts. */
    static double of(String a, String b) {
        String x = normalSpace(a);
        String y = normalSpace(b);
        int max = Math.max(x.length(), y.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance(x, y) / max;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A short account of where two texts differ, for assertion messages. */
    static String differences(String expected, String actual) {
        String x = normalSpace(expected);
        String y = normalSpace(actual);
        int start = 0;
        while (start < x.length() && start < y.length() && x.charAt(start) == y.charAt(start)) {
            start++;
        }
        int ex = x.length();
        int ey = y.length();
        while (ex > start && ey > start && x.charAt(ex - 1) == y.charAt(ey - 1)) {
            ex--;
            ey--;
        }
        return "expected …" + x.substring(Math.max(0, start - 20), Math.min(x.length(), ex + 20))
                + "… but got …" + y.substring(Math.max(0, start - 20), Math.min(y.length(), ey + 20)) + "…";
    }
}
