package org.clausewise.export;

/** Something put on a page at a height ({@code top} is the y of its upper edge, in points). */
sealed interface Placed permits Placed.Summary, Placed.Heading, Placed.SectionHeading, Placed.Segment,
        Placed.ThreeWaySegment {
    float top();

    /** The height of lines [from, to) of a row, with the row's padding. */
    static float height(int from, int to) {
        return (to - from) * PageGeometry.LEADING + 2 * PageGeometry.ROW_PAD;
    }

    /** The first page's summary of counts and the legend. */
    record Summary(float top) implements Placed {
    }

    /** "Preambular paragraphs" / "Operative paragraphs". */
    record Heading(String text, float top) implements Placed {
    }

    /** A section's or annex's heading, both sides' words beside each other. */
    record SectionHeading(HeadingBlock block, float top) implements Placed {
        float height() {
            return block.lines() * PageGeometry.LEADING + 2 * PageGeometry.ROW_PAD + HeadingBlock.SPACE_ABOVE;
        }
    }

    /**
     * Lines [from, to) of a row. {@code continued} when the row began on an earlier page, so the
     * clause numbers are repeated.
     */
    record Segment(RowBlock block, int from, int to, float top, boolean continued) implements Placed {
        float height() {
            return Placed.height(from, to);
        }
    }

    /** Lines [from, to) of a row of the three-column (negotiation) PDF; as {@link Segment}. */
    record ThreeWaySegment(ThreeWayBlock block, int from, int to, float top, boolean continued) implements Placed {
        float height() {
            return Placed.height(from, to);
        }
    }
}
