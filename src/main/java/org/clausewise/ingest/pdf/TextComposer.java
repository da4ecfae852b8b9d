package org.clausewise.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the pages as the text the parser reads: per page its lines top to bottom (a paragraph's
 * indented first line starts with a space, a blank line where the PDF leaves a paragraph gap),
 * then its footnotes after a {@code ____} rule, and a form feed between pages.
 *
 * <p>Word never hyphenates on its own, so a line that ends in a hyphen ends in a real one
 * ("neo-" then "Nazism"): the next line's first word is brought up to keep the compound whole.
 * A soft hyphen is a word break, and goes.
 */
final class TextComposer {
    static final String PAGE_BREAK = "\f";
    static final String RULE = "__________________";
    /** A gap between baselines wider than this many font sizes is a paragraph gap. */
    private static final float PARAGRAPH_GAP = 1.45f;
    /** A line starting this many font sizes right of the margin is indented. */
    private static final float INDENT = 0.4f;
    private static final Pattern SUSPENDED = Pattern.compile("(?:and|or|nor|to)\\b.*");

    private TextComposer() {
    }

    static String compose(List<PageLines> pages, float bodySize) {
        StringBuilder out = new StringBuilder();
        for (PageLines page : pages) {
            if (page.number > 1) {
                out.append(PAGE_BREAK).append('\n');
            }
            int notesAt = FootnoteArea.start(page, bodySize);
            List<TextLine> body = page.content.subList(0, notesAt);
            List<TextLine> notes = page.content.subList(notesAt, page.content.size());
            float margin = margin(body, bodySize);
            List<String> texts = glueHyphens(body, margin, bodySize);
            TextLine prev = null;
            for (int i = 0; i < body.size(); i++) {
                TextLine line = body.get(i);
                if (texts.get(i).isEmpty()) {
                    continue;
                }
                if (prev != null && gap(prev, line)) {
                    out.append('\n');
                }
                if (indented(line, margin, bodySize)) {
                    out.append(' ');
                }
                out.append(texts.get(i)).append('\n');
                prev = line;
            }
            if (!notes.isEmpty()) {
                out.append(RULE).append('\n');
                for (String note : glueHyphens(notes, Float.MAX_VALUE, bodySize)) {
                    if (!note.isEmpty()) {
                        out.append(note).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean indented(TextLine line, float margin, float bodySize) {
        return line.x() > margin + INDENT * bodySize;
    }

    /**
     * Where the page's wrapped lines start: the most common left edge of the lines that follow a
     * line running to the right edge of the text with no paragraph gap (the second and later lines
     * of a justified paragraph). A cover block set further left, titles with a hanging indent and
     * right-aligned signatures do not move it.
     */
    static float margin(List<TextLine> lines, float bodySize) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (TextLine l : lines) {
            left = Math.min(left, l.x());
            right = Math.max(right, l.right());
        }
        float wide = 0.6f * (right - left);
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine above = lines.get(i - 1);
            TextLine l = lines.get(i);
            if (above.right() >= right - bodySize && above.right() - above.x() >= wide && !gap(above, l)) {
                votes.merge(Math.round(l.x()), 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            return left == Float.MAX_VALUE ? 0 : left;
        }
        int best = Integer.MAX_VALUE;
        int bestVotes = 0;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes || e.getValue() == bestVotes && e.getKey() < best) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /** Whether the PDF leaves a paragraph gap between the two lines. */
    private static boolean gap(TextLine above, TextLine below) {
        return below.y() - above.y() > PARAGRAPH_GAP * Math.max(below.size(), above.size());
    }

    /** The lines' texts, a word moved up wherever a line ends in a hyphen inside a word. */
    private static List<String> glueHyphens(List<TextLine> lines, float margin, float bodySize) {
        List<String> texts = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            texts.add(l.text());
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = texts.get(i);
            String b = texts.get(i + 1);
            TextLine next = lines.get(i + 1);
            if (a.length() < 2 || b.isEmpty() || !Character.isLetter(b.charAt(0)) || indented(next, margin, bodySize)
                    || gap(lines.get(i), next)) {
                continue;
            }
            char last = a.charAt(a.length() - 1);
            boolean soft = last == '\u00AD';
            boolean hard = (last == '-' || last == '\u2010') && Character.isLetter(a.charAt(a.length() - 2));
            if (!soft && !(hard && !SUSPENDED.matcher(b).matches())) {
                continue;
            }
            int space = b.indexOf(' ');
            String word = space < 0 ? b : b.substring(0, space);
            texts.set(i, (soft ? a.substring(0, a.length() - 1) : a) + word);
            texts.set(i + 1, space < 0 ? "" : b.substring(space + 1));
        }
        return texts;
    }
}
