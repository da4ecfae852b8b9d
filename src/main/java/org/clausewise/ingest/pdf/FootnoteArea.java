package org.clausewise.ingest.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a page's footnotes start. The official PDFs set them under a rule of underscores
 * (an artifact when the PDF is tagged) in a smaller font, each opening with its raised mark; a
 * PDF without the rule still has the small font and the marks at the page bottom.
 */
final class FootnoteArea {
    static final Pattern RULE = Pattern.compile("_{5,}");
    /** Footnotes are set smaller than the text: at most this share of the body text size. */
    private static final float SMALLER = 0.92f;
    private static final Pattern PLAIN_MARK = Pattern.compile("(?:\\*{1,3}|\\d{1,3})\\s+\\S.*");

    private FootnoteArea() {
    }

    /**
     * Index into {@code page.content} (top to bottom) of the first footnote line; the size of the
     * list when the page has none. A rule drawn in the content is moved to the furniture.
     */
    static int start(PageLines page, float bodySize) {
        List<TextLine> content = page.content;
        float rule = ruleY(page);
        if (!Float.isNaN(rule)) {
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i).y() > rule) {
                    return i;
                }
            }
            return content.size();
        }
        // No rule: small lines at the very bottom, from the first that opens with a mark.
        int i = content.size();
        while (i > 0 && content.get(i - 1).size() <= SMALLER * bodySize) {
            i--;
        }
        for (int k = i; k < content.size(); k++) {
            if (startsWithMark(content.get(k).text())) {
                return k;
            }
        }
        return content.size();
    }

    static boolean startsWithMark(String text) {
        return text.startsWith("<sup>") || PLAIN_MARK.matcher(text).matches();
    }

    /** The baseline of the lowest underscore rule with text under it, or NaN. */
    private static float ruleY(PageLines page) {
        page.moveToFurniture(line -> RULE.matcher(line.text()).matches());
        float found = Float.NaN;
        for (TextLine line : page.furniture) {
            if (RULE.matcher(line.text()).matches()) {
                found = lowest(found, line.y());
            }
        }
        if (Float.isNaN(found)) {
            return found;
        }
        for (TextLine line : page.content) {
            if (line.y() > found) {
                return found;
            }
        }
        return Float.NaN;
    }

    private static float lowest(float a, float b) {
        return Float.isNaN(a) ? b : Math.max(a, b);
    }
}
