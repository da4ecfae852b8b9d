package org.clausewise.compare;

/**
 * The similarity matrix of two lists of profiles, [left][right]. Values under
 * {@link SequenceAligner#MATCH_MIN} are only known to be under it (see
 * {@link TextProfile#similarity(TextProfile, double)}): nothing is decided on them.
 */
final class Similarity {
    private Similarity() {
    }

    static double[][] matrix(TextProfile[] left, TextProfile[] right) {
        double[][] sim = new double[left.length][right.length];
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < right.length; j++) {
                sim[i][j] = left[i].similarity(right[j], SequenceAligner.MATCH_MIN);
            }
        }
        return sim;
    }

    static double[][] transpose(double[][] sim, int rows, int cols) {
        double[][] t = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = sim[i][j];
            }
        }
        return t;
    }
}
