package org.clausewise.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Two texts in one fuzz input, so that a comparison finding is one file like any other: the
 * left text, a line {@value #SEPARATOR_TEXT}, the right text. Without the line, the input is
 * compared with its own first half.
 */
final class Pair {
    static final String SEPARATOR_TEXT = "\n=====clausewise-fuzz-right=====\n";
    private static final byte[] SEPARATOR = SEPARATOR_TEXT.getBytes(StandardCharsets.UTF_8);

    private Pair() {
    }

    static byte[] join(byte[] left, byte[] right) {
        byte[] out = new byte[left.length + SEPARATOR.length + right.length];
        System.arraycopy(left, 0, out, 0, left.length);
        System.arraycopy(SEPARATOR, 0, out, left.length, SEPARATOR.length);
        System.arraycopy(right, 0, out, left.length + SEPARATOR.length, right.length);
        return out;
    }

    /** {left, right}. */
    static byte[][] split(byte[] input) {
        int at = indexOf(input, SEPARATOR);
        if (at < 0) {
            return new byte[][] {input, Arrays.copyOf(input, input.length / 2)};
        }
        return new byte[][] {Arrays.copyOf(input, at), Arrays.copyOfRange(input, at + SEPARATOR.length, input.length)};
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (in[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
