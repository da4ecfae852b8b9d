package org.clausewise.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page furniture of a PDF that does not tag it as {@code /Artifact}, told by where it stands.
 *
 * <p>Measured on the 649 tagged official PDFs: running headers sit above 8% of the page height,
 * footers below 94%, and text never goes there; on page 1 the masthead fills the top fifth and the
 * job number, barcode and recycling mark sit at the bottom, among the last footnotes. So: lines in
 * those bands are furniture; on page 1 the bottom lines count only when they look like a job number
 * or a barcode; and a line near the top or bottom that comes back on other pages (digits aside)
 * on at least half the pages is a running header or footer too.
 */
final class PositionalFurniture {
    private static final float HEADER_BAND = 0.085f;
    private static final float FOOTER_BAND = 0.94f;
    private static final float MASTHEAD_BAND = 0.2f;
    private static final float PAGE_ONE_FOOT = 0.88f;
    /** How far from the edges a repeated line may stand and still be a running header or footer. */
    private static final float REPEAT_BAND = 0.15f;
    private static final Pattern RECYCLE = Pattern.compile("(?i).*please\\s+recycle.*");

    private PositionalFurniture() {
    }

    static void apply(List<PageLines> pages) {
        Map<String, Integer> repeats = repeatedEdgeLines(pages);
        for (PageLines page : pages) {
            page.moveToFurniture(line -> isFurniture(page, line, repeats, pages.size() - 1));
        }
    }

    private static boolean isFurniture(PageLines page, TextLine line, Map<String, Integer> repeats,
                                       int pagesAfterFirst) {
        float top = line.y() / page.height;
        if (page.number == 1) {
            return top < MASTHEAD_BAND || top > PAGE_ONE_FOOT && looksLikeJobNumber(line);
        }
        if (top < HEADER_BAND || top > FOOTER_BAND) {
            return true;
        }
        // A footnote ("Ibid.") may come back on several pages too, but it starts with its mark.
        int needed = Math.max(2, (pagesAfterFirst + 1) / 2);
        return nearEdge(page, line) && !line.text().startsWith("<sup>")
                && repeats.getOrDefault(key(line), 0) >= needed;
    }

    static boolean looksLikeJobNumber(TextLine line) {
        String t = line.text();
        return line.barcode() || MastheadReader.JOB_NUMBER.matcher(t).find()
                || MastheadReader.BARCODE.matcher(t).find() || RECYCLE.matcher(t).matches();
    }

    /** Lines near the top or bottom of pages 2 onwards, by their text with digits set aside: on how many pages. */
    private static Map<String, Integer> repeatedEdgeLines(List<PageLines> pages) {
        Map<String, Integer> count = new HashMap<>();
        for (PageLines page : pages) {
            if (page.number == 1) {
                continue;
            }
            page.content.stream().filter(l -> nearEdge(page, l)).map(PositionalFurniture::key).distinct()
                    .forEach(k -> count.merge(k, 1, Integer::sum));
        }
        return count;
    }

    private static boolean nearEdge(PageLines page, TextLine line) {
        float top = line.y() / page.height;
        return top < REPEAT_BAND || top > 1 - REPEAT_BAND;
    }

    private static String key(TextLine line) {
        return line.text().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT).strip();
    }
}
