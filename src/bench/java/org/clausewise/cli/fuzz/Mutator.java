package org.clausewise.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes fuzz inputs from seed texts, deterministically for a given random seed: byte flips,
 * lines duplicated, dropped or swapped, splices of two seeds, a piece repeated many times, long
 * runs of one character, huge numbers, control characters, Unicode oddities (private-use marks,
 * bidi overrides, separators, surrogate pairs), pieces of resolution structure, truncation.
 * A hand-written mutator rather than a coverage-guided engine: it must run from the shipped jar
 * ({@code bench fuzz}) and give the same inputs on every run of the test suite.
 */
public final class Mutator {
    /** Inputs stay under this size (the reader refuses files over 5 MB anyway). */
    static final int MAX_SIZE = 1 << 20;

    private static final String[] RUN_CHARS = {" ", "_", "*", "<", "$", "^", "/", "1", "\n", "(", ".", "-", "A",
        "\t", "\u00A0", "[", "#", "\u2011", "\u00B9", "\uE000", "\u0301", "x", "\r\n", "\f", ">"};
    private static final String[] PIECES = {"The General Assembly,", "\n1. ", "\n999. ", "\n1000. ", "(a) ", "(iv) ",
        "\n__________\n", "<sup>1</sup>", "<sup>", "</sup>", "$2000^2$", "$^{3}$", "*", "_", "**", "A/RES/79/175",
        "A/C.3/78/L.12/Rev.1", "24-24216 (E) 120122", "*2424216*", "Annex", "\nI.\n", "Section IV", "Rev.1", "[1]",
        "[^1]:", "<<ODS JOB NO>>", "# ", "Recalling", "Decides", "\f", "79/175. ", "2/12", "Please recycle",
        "adopted by the General Assembly on 17 December 2024", "Distr.: General", "(_x_x", "<p ", "<br>", "&lt;sup>",
        "Delete the thirty-eighth preambular paragraph", "\u201C", "\u2019", "plenary meeting", "\n\n", "; and\n"};
    private static final String[] NUMBERS = {"0", "00", "1000", "9999", "2147483648", "-1", "99999999999999999999",
        "1e30", "NaN", "\u0661\u0662", "\uFF11"};
    private static final String[] ODD = {"\u0000", "\u001B[31m", "\u001B]0;x\u0007", "\r", "\u000B", "\u0085", "\u2028",
        "\u2029", "\u202E", "\u200B", "\uFEFF", "\uFFFD", "\uE000", "\uE001", "\uD83D\uDE00", "\u0301\u0301\u0301",
        "\u00AD", "\u2060", "\u3000", "\u00B2\u00B3", "\u2070\u2074"};

    private final SplittableRandom random;
    private final List<byte[]> seeds;

    public Mutator(long seed, List<byte[]> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed texts");
        }
        this.random = new SplittableRandom(seed);
        this.seeds = List.copyOf(seeds);
    }

    /** A seed with one to four mutations stacked on it. */
    public byte[] next() {
        byte[] input = seed();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            input = mutate(input);
        }
        return input.length > MAX_SIZE ? java.util.Arrays.copyOf(input, MAX_SIZE) : input;
    }

    /** Two inputs for a comparison: two seeds, or two mutations of one (near texts align in more ways). */
    public byte[] nextPair() {
        byte[] a = next();
        byte[] b = random.nextInt(3) == 0 ? next() : mutate(a);
        return Pair.join(a, b);
    }

    /** One of the seed texts, unchanged. */
    byte[] seed() {
        return seeds.get(random.nextInt(seeds.size()));
    }

    byte[] mutate(byte[] in) {
        switch (random.nextInt(12)) {
            case 0: return flipBytes(in);
            case 1: return duplicateLine(in);
            case 2: return dropOrSwapLines(in);
            case 3: return splice(in, seed());
            case 4: return insert(in, repeat(piece(in), 2 + random.nextInt(big() ? 50_000 : 200)));
            case 5: return insert(in, repeat(pick(RUN_CHARS).getBytes(StandardCharsets.UTF_8), 1 + random.nextInt(big() ? 100_000 : 300)));
            case 6: return replaceNumber(in);
            case 7: return insert(in, pick(ODD).getBytes(StandardCharsets.UTF_8));
            case 8: return insert(in, pick(PIECES).getBytes(StandardCharsets.UTF_8));
            case 9: return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
            case 10: return insert(in, badUtf8());
            default: return insert(in, repeat(pick(PIECES).getBytes(StandardCharsets.UTF_8), 2 + random.nextInt(big() ? 2_000 : 50)));
        }
    }

    /**
     * Whether this repetition may be long (tens of thousands): such inputs find what is quadratic,
     * but cost the most, so one mutation in twenty-five makes one.
     */
    private boolean big() {
        return random.nextInt(25) == 0;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private byte[] flipBytes(byte[] in) {
        byte[] out = in.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(128);
        }
        return out;
    }

    private byte[] duplicateLine(byte[] in) {
        int[] line = randomLine(in);
        byte[] copy = java.util.Arrays.copyOfRange(in, line[0], line[1]);
        return insertAt(in, line[1], repeat(copy, 1 + random.nextInt(big() ? 2_000 : 5)));
    }

    private byte[] dropOrSwapLines(byte[] in) {
        int[] a = randomLine(in);
        if (random.nextBoolean()) {
            return cut(in, a[0], a[1]);
        }
        int[] b = randomLine(in);
        if (b[0] < a[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (b[0] < a[1]) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, a[0]);
        out.write(in, b[0], b[1] - b[0]);
        out.write(in, a[1], b[0] - a[1]);
        out.write(in, a[0], a[1] - a[0]);
        out.write(in, b[1], in.length - b[1]);
        return out.toByteArray();
    }

    private byte[] splice(byte[] in, byte[] other) {
        if (other.length == 0) {
            return in;
        }
        int from = random.nextInt(other.length);
        int to = from + random.nextInt(Math.min(other.length - from, 20_000) + 1);
        byte[] piece = java.util.Arrays.copyOfRange(other, from, to);
        if (in.length > 0 && random.nextBoolean()) {
            int at = random.nextInt(in.length);
            return insertAt(cut(in, at, Math.min(in.length, at + piece.length)), at, piece);
        }
        return insert(in, piece);
    }

    private byte[] replaceNumber(byte[] in) {
        for (int tries = 0; tries < 20 && in.length > 0; tries++) {
            int at = random.nextInt(in.length);
            if (in[at] >= '0' && in[at] <= '9') {
                int start = at;
                int end = at;
                while (start > 0 && in[start - 1] >= '0' && in[start - 1] <= '9') {
                    start--;
                }
                while (end < in.length && in[end] >= '0' && in[end] <= '9') {
                    end++;
                }
                return insertAt(cut(in, start, end), start, pick(NUMBERS).getBytes(StandardCharsets.UTF_8));
            }
        }
        return insert(in, pick(NUMBERS).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] badUtf8() {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF, (byte) 0xFE}};
        return bad[random.nextInt(bad.length)];
    }

    /** A short piece of the input (1 to 20 bytes), to be repeated. */
    private byte[] piece(byte[] in) {
        if (in.length == 0) {
            return pick(RUN_CHARS).getBytes(StandardCharsets.UTF_8);
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(20));
        return java.util.Arrays.copyOfRange(in, from, to);
    }

    private int[] randomLine(byte[] in) {
        if (in.length == 0) {
            return new int[] {0, 0};
        }
        int at = random.nextInt(in.length);
        int start = at;
        while (start > 0 && in[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        return new int[] {start, Math.min(in.length, end + 1)};
    }

    private byte[] insert(byte[] in, byte[] piece) {
        return insertAt(in, in.length == 0 ? 0 : random.nextInt(in.length + 1), piece);
    }

    private static byte[] insertAt(byte[] in, int at, byte[] piece) {
        int room = Math.max(0, Math.min(piece.length, MAX_SIZE - in.length));
        byte[] out = new byte[in.length + room];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, room);
        System.arraycopy(in, at, out, at + room, in.length - at);
        return out;
    }

    private static byte[] cut(byte[] in, int from, int to) {
        byte[] out = new byte[in.length - (to - from)];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, to, out, from, in.length - to);
        return out;
    }

    private static byte[] repeat(byte[] piece, int times) {
        int n = (int) Math.min((long) piece.length * times, MAX_SIZE);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = piece[i % piece.length];
        }
        return out;
    }
}
