package org.clausewise.compare;

/** The similarity matrix of two lists of profiles, [left][right]. */
final class Similarity {
    private Similarity() {
    }

    static double[][] matrix(TextProfile[] left, TextProfile[] right) {
        double[][] sim = new double[left.length][right.length];
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < right.length; j++) {
                sim[i][j] = left[i].similarity(right[j]);
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
