package org.clausewise.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.model.Clause;
import org.clausewise.model.Comparison;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;

/**
 * Two made-up texts (invented wording that only looks like a resolution) compared by the real
 * engine, with one of each thing the presentation must decide: an editorial-only preambular
 * paragraph first (a hyphen only), a substantive change, an added clause, a clause moved to the
 * end, and a clause whose sub-paragraphs were only reordered.
 */
public final class MadeUpPair {
    private MadeUpPair() {
    }

    static final String PP1_LEFT = "Recalling the made up charter of the imaginary assembly,";
    static final String PP1_RIGHT = "Recalling the made-up charter of the imaginary assembly,";
    static final String PP2 = "Noting with interest the report on invented matters of general concern,";
    static final String OP1_LEFT = "Welcomes the efforts of the imaginary committee on sandcastles;";
    static final String OP1_RIGHT = "Recalls the efforts of the imaginary committee on sandcastles and tides;";
    static final String OP2 = "Encourages all invented States to share their maps of cloud formations;";
    static final String OP3 = "Requests the imaginary secretariat to count the pebbles on every beach;";
    static final String OP4 = "Invites the imaginary bodies:";
    static final String SUB_A = "to measure the height of waves at noon every day of the year;";
    static final String SUB_B = "to record the colour of the evening sky over the western sea;";
    static final String SUB_C = "to publish a calendar of low tides for the coming decade;";
    static final String OP_NEW = "Decides to hold a festival of kites at its next imaginary session;";

    public static Comparison comparison() {
        return new ResolutionComparer().compare(left(), right());
    }

    public static Resolution left() {
        List<Clause> pp = List.of(Clause.preambular(1, PP1_LEFT, List.of(new FootnoteRef("1", 29))),
                Clause.preambular(2, PP2, List.of()));
        List<Clause> op = new ArrayList<>();
        op.add(Clause.operative(1, OP1_LEFT, List.of(), List.of()));
        op.add(Clause.operative(2, OP2, List.of(), List.of()));
        op.add(Clause.operative(3, OP3, List.of(), List.of()));
        op.add(Clause.operative(4, OP4, List.of(sub("a", SUB_A), sub("b", SUB_B), sub("c", SUB_C)), List.of()));
        return text("A/RES/1/1", 1, pp, op);
    }

    public static Resolution right() {
        List<Clause> pp = List.of(Clause.preambular(1, PP1_RIGHT, List.of(new FootnoteRef("1", 29))),
                Clause.preambular(2, PP2, List.of()));
        List<Clause> op = new ArrayList<>();
        op.add(Clause.operative(1, OP1_RIGHT, List.of(), List.of()));
        op.add(Clause.operative(2, OP_NEW, List.of(), List.of()));
        op.add(Clause.operative(3, OP3, List.of(), List.of()));
        op.add(Clause.operative(4, OP4, List.of(sub("a", SUB_C), sub("b", SUB_A), sub("c", SUB_B)), List.of()));
        op.add(Clause.operative(5, OP2, List.of(), List.of()));
        return text("A/RES/2/2", 2, pp, op);
    }

    private static SubParagraph sub(String label, String text) {
        return new SubParagraph(label, text, List.of());
    }

    private static Resolution text(String symbol, int session, List<Clause> pp, List<Clause> op) {
        return new Resolution(symbol, session, ResolutionKind.RESOLUTION, "Made-up cooperation on beaches",
                LocalDate.of(1945 + session, 12, 1), pp, op, List.of(), List.of(), symbol.replace('/', '-') + ".txt");
    }
}
