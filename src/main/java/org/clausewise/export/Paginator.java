package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the summary, part headings and rows onto pages. A row that does not fit is split between
 * two lines, both columns together; no piece of fewer than two lines is left at the bottom of a
 * page or carried over to the next one when the row is long enough to avoid it, a row's number
 * and the notes under it stay together, and a heading is never left alone at the foot of a page.
 */
final class Paginator {
    static final float HEADING_HEIGHT = 22;
    private static final int MIN_PIECE = 2;

    private final PageGeometry page;
    private final List<List<Placed>> pages = new ArrayList<>();
    private List<Placed> current;
    private float y;

    Paginator(PageGeometry page) {
        this.page = page;
        newPage();
    }

    List<List<Placed>> pages() {
        return pages;
    }

    void summary(float height) {
        current.add(new Placed.Summary(y));
        y -= height;
    }

    void heading(String text, RowBlock firstRow) {
        heading(text, firstRow == null ? 0 : firstRow.lines(), firstRow == null ? 0 : firstRow.headLines());
    }

    /** A heading kept with the first piece of the row after it ({@code firstLines} lines, 0 for none). */
    void heading(String text, int firstLines, int firstHeadLines) {
        int keep = Math.min(firstLines, Math.max(MIN_PIECE, firstHeadLines));
        if (y - HEADING_HEIGHT - keep * PageGeometry.LEADING - 2 * PageGeometry.ROW_PAD < page.bodyBottom()
                && !current.isEmpty()) {
            newPage();
        }
        current.add(new Placed.Heading(text, y));
        y -= HEADING_HEIGHT;
    }

    /** A section's heading, kept on one page with the first lines of the row after it (if any). */
    void sectionHeading(HeadingBlock block, RowBlock firstRow) {
        int keep = firstRow == null ? 0 : Math.min(firstRow.lines(), Math.max(MIN_PIECE, firstRow.headLines()));
        float height = new Placed.SectionHeading(block, y).height();
        if (y - height - keep * PageGeometry.LEADING - 2 * PageGeometry.ROW_PAD < page.bodyBottom()
                && !current.isEmpty()) {
            newPage();
        }
        Placed.SectionHeading placed = new Placed.SectionHeading(block, y);
        current.add(placed);
        y -= placed.height();
    }

    void row(RowBlock block) {
        row(block.lines(), block.headLines(), (from, to, top) -> new Placed.Segment(block, from, to, top, from > 0));
    }

    /** How a piece of lines [from, to) of a laid-out row is placed at {@code top} (the three-column PDF's rows too). */
    interface Piece {
        Placed at(int from, int to, float top);
    }

    /**
     * A row of {@code lines} lines whose first {@code headLines} stay together, placed by {@code piece}: the
     * rules above whatever the row's shape.
     */
    void row(int lines, int headLines, Piece piece) {
        int from = 0;
        while (from < lines) {
            int room = (int) Math.floor((y - page.bodyBottom() - 2 * PageGeometry.ROW_PAD) / PageGeometry.LEADING);
            int remaining = lines - from;
            if (room >= remaining) {
                place(piece, from, lines);
                return;
            }
            int take = room;
            if (remaining - take < MIN_PIECE && remaining > MIN_PIECE) {
                take = remaining - MIN_PIECE; // leave at least two lines for the next page
            }
            int firstPiece = from == 0 ? Math.max(MIN_PIECE, headLines) : MIN_PIECE;
            if (take < firstPiece && !freshPage()) {
                newPage();
                continue;
            }
            take = Math.max(take, 1); // a page that cannot hold two lines still makes progress
            place(piece, from, from + take);
            from += take;
            newPage();
        }
    }

    private void place(Piece piece, int from, int to) {
        current.add(piece.at(from, to, y));
        y -= Placed.height(from, to);
    }

    private boolean freshPage() {
        return current.isEmpty();
    }

    private void newPage() {
        current = new ArrayList<>();
        pages.add(current);
        y = page.bodyTop();
    }
}
