package org.clausewise.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a page's glyphs into lines in reading order, from positions alone.
 *
 * <p>Glyphs on one baseline make a line. A row of smaller glyphs raised a little above a line is
 * that line's superscript: footnote marks, written {@code <sup>n</sup>}; a row of smaller glyphs
 * a little below is a subscript, kept as plain text. Words are split where the PDF draws a space
 * glyph or leaves a gap wider than a fifth of the font size, never at the hair-wide gaps that
 * justified text leaves between letters.
 */
final class LineAssembler {
    /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
    private static final float SAME_BASELINE = 0.2f;
    /** A gap wider than this share of the font size between two glyphs is a word break. */
    private static final float WORD_GAP = 0.2f;
    /** A glyph this much smaller than its line's text is a superscript or subscript. */
    private static final float SMALL = 0.85f;
    /** How far above the line's baseline a superscript may sit, as a share of the line's size. */
    private static final float RAISED_MAX = 0.75f;
    /** What a footnote mark looks like: 1 to 3 digits, 1 to 3 asterisks, or one small letter. */
    private static final Pattern MARK = Pattern.compile("\\d{1,3}|\\*{1,3}|[a-z]");
    private static final Pattern MARKS = Pattern.compile("\\d{1,3}(?:,\\d{1,3}){1,30}"); // bounded: a repeated group recurses in Java

    private LineAssembler() {
    }

    /** Lines of the given glyphs (all from one page), top to bottom. */
    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Row> rows = rows(glyphs);
        attachScripts(rows);
        List<TextLine> lines = new ArrayList<>(rows.size());
        for (Row row : rows) {
            TextLine line = row.toLine();
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Glyphs grouped by baseline, top to bottom. */
    private static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (Glyph g : sorted) {
            if (row == null || g.y() - row.y > SAME_BASELINE * Math.max(g.size(), row.size)) {
                row = new Row(g.y());
                rows.add(row);
            }
            row.add(g);
        }
        return rows;
    }

    /** Moves rows of small raised (or lowered) glyphs into the line they belong to. */
    private static void attachScripts(List<Row> rows) {
        rows.removeIf(r -> r.size == 0); // rows of spaces alone: empty paragraphs
        for (int i = 0; i < rows.size(); i++) {
            Row small = rows.get(i);
            Row below = i + 1 < rows.size() ? rows.get(i + 1) : null;
            Row above = i > 0 ? rows.get(i - 1) : null;
            if (below != null && below.size > 0 && small.size <= SMALL * below.size
                    && below.y - small.y <= RAISED_MAX * below.size && overlaps(small, below)) {
                below.addScripts(small, true);
                rows.remove(i--);
            } else if (above != null && above.size > 0 && small.size <= SMALL * above.size
                    && small.y - above.y <= 0.4f * above.size && overlaps(small, above)) {
                above.addScripts(small, false);
                rows.remove(i--);
            }
        }
    }

    /** Whether the two rows share some horizontal stretch (a script sits within its line). */
    private static boolean overlaps(Row a, Row b) {
        return a.left() <= b.right() + b.size && b.left() <= a.right() + b.size;
    }

    /** Glyphs of one baseline while lines are being built. */
    private static final class Row {
        final float y;
        float size;
        final List<Glyph> glyphs = new ArrayList<>();
        /** Glyphs known to be superscripts (by identity, as equal glyphs may repeat). */
        final Set<Glyph> raised = Collections.newSetFromMap(new IdentityHashMap<>());

        Row(float y) {
            this.y = y;
        }

        void add(Glyph g) {
            glyphs.add(g);
            if (!g.isSpace()) {
                size = Math.max(size, g.size());
            }
        }

        void addScripts(Row other, boolean superscript) {
            glyphs.addAll(other.glyphs);
            if (superscript) {
                raised.addAll(other.glyphs);
            }
        }

        float left() {
            float l = Float.MAX_VALUE;
            for (Glyph g : glyphs) {
                l = Math.min(l, g.x());
            }
            return l;
        }

        float right() {
            float r = -Float.MAX_VALUE;
            for (Glyph g : glyphs) {
                r = Math.max(r, g.right());
            }
            return r;
        }

        private boolean isRaised(Glyph g) {
            return raised.contains(g);
        }

        TextLine toLine() {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder text = new StringBuilder();
            StringBuilder sup = new StringBuilder();
            Glyph prev = null;
            boolean space = false;
            boolean allArtifact = true;
            boolean barcode = false;
            float first = Float.NaN;
            float last = 0;
            float[] sizes = new float[sorted.size()];
            int sized = 0;
            for (Glyph g : sorted) {
                allArtifact &= g.artifact();
                if (g.isSpace()) {
                    // A space counts where it stands after the previous glyph, not one drawn over it.
                    space |= prev != null && g.x() + g.width() / 2 >= prev.right();
                    continue;
                }
                barcode |= g.barcode();
                boolean gap = prev != null
                        && (space || g.x() - prev.right() > WORD_GAP * Math.max(g.size(), prev.size()));
                if (isRaised(g)) {
                    // A mark belongs to the word before it, whatever gap the typesetter left.
                    sup.append(g.text());
                } else {
                    if (sup.length() > 0) {
                        flushSup(text, sup);
                    }
                    if (gap) {
                        text.append(' ');
                    }
                    text.append(g.text());
                    sizes[sized++] = g.size();
                }
                if (Float.isNaN(first)) {
                    first = g.x();
                }
                last = Math.max(last, g.right());
                prev = g;
                space = false;
            }
            if (sup.length() > 0) {
                flushSup(text, sup);
            }
            String t = text.toString().strip();
            if (t.isEmpty()) {
                return null;
            }
            return new TextLine(t, first, last, y, sized == 0 ? size : median(sizes, sized), allArtifact, barcode);
        }

        /** A raised run that looks like a footnote mark becomes an explicit one; anything else stays text. */
        private static void flushSup(StringBuilder text, StringBuilder sup) {
            String s = sup.toString();
            if (MARK.matcher(s).matches()) {
                text.append("<sup>").append(s).append("</sup>");
            } else if (MARKS.matcher(s).matches()) {
                // "10,11": two marks on one word, the comma between them raised too.
                for (String mark : s.split(",")) {
                    text.append("<sup>").append(mark).append("</sup>");
                }
            } else {
                text.append(s);
            }
            sup.setLength(0);
        }

        private static float median(float[] values, int n) {
            float[] copy = java.util.Arrays.copyOf(values, n);
            java.util.Arrays.sort(copy);
            return copy[n / 2];
        }
    }
}
