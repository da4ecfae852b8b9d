package org.clausewise.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;

/**
 * Three made-up texts (invented wording that only looks like a resolution) with one clause for
 * every story: last session's resolution (A/RES/1/10), this session's draft (A/C.3/2/L.5) and the
 * adopted text (A/RES/2/20). Each clause speaks of its own invented subject, so no two are alike.
 */
public final class MadeUpTriple {
    static final String PP_SAME = "Recalling the imaginary charter of invented lighthouses and harbours,";
    static final String PP_OLD = "Noting the report of the invented committee on sandcastles for 2001,";
    static final String PP_NEW = "Noting the report of the invented committee on sandcastles for 2003,";
    static final String PP_DROPPED = "Welcoming the festival of paper kites held in the imaginary capital,";
    static final String OP_SAME = "Encourages invented States to share their maps of cloud formations;";
    static final String OP_RESTORED = "Requests the imaginary secretariat to count the pebbles on every beach;";
    static final String OP_NEW = "Decides to hold a contest of origami cranes at its next imaginary session;";
    static final String OP_NEGOTIATED_DRAFT = "Urges the dream bureau to catalogue snowflakes by their shapes;";
    static final String OP_NEGOTIATED_ADOPTED = "Invites the dream bureau to catalogue snowflakes by their shapes and sizes;";
    static final String OP_DROPPED = "Calls upon puppeteers to tour remote villages with shadow theatres;";
    static final String OP_ADDED = "Stresses the value of whistling lessons for migrating geese;";
    static final String OP_GONE = "Commends the guild of clockmakers for repairing the moon dial;";
    static final String OP_BACK_OLD = "Supports the gardeners of glass tulips in their winter work;";
    static final String OP_BACK_DRAFT = "Supports the gardeners of glass tulips and crystal roses in their winter and spring work;";
    static final String OP_SUBS = "Asks the imaginary observatory:";
    static final String SUB_A = "to chart the comets of the northern sky every spring;";
    static final String SUB_B = "to lend telescopes to schools in mountain towns;";
    static final String SUB_C = "to publish a yearly almanac of meteor showers;";

    private MadeUpTriple() {
    }

    public static ThreeWayComparison comparison() {
        return new ThreeWayComparer().compare(previous(), draft(), adopted());
    }

    public static Resolution previous() {
        return text("A/RES/1/10", 1, ResolutionKind.RESOLUTION,
                List.of(PP_SAME, PP_OLD, PP_DROPPED),
                List.of(op(OP_SAME), op(OP_RESTORED), op(OP_DROPPED), op(OP_GONE), op(OP_BACK_OLD),
                        op(OP_NEGOTIATED_DRAFT), subs(SUB_A, SUB_B, SUB_C)));
    }

    public static Resolution draft() {
        return text("A/C.3/2/L.5", 2, ResolutionKind.DRAFT,
                List.of(PP_SAME, PP_NEW, PP_DROPPED),
                List.of(op(OP_SAME), op(OP_NEW), op(OP_DROPPED), op(OP_BACK_DRAFT), op(OP_NEGOTIATED_DRAFT),
                        subs(SUB_A, SUB_C)));
    }

    public static Resolution adopted() {
        return text("A/RES/2/20", 2, ResolutionKind.RESOLUTION,
                List.of(PP_SAME, PP_NEW),
                List.of(op(OP_SAME), op(OP_RESTORED), op(OP_NEW), op(OP_BACK_OLD), op(OP_NEGOTIATED_ADOPTED),
                        subs(SUB_A, SUB_B, SUB_C), op(OP_ADDED)));
    }

    private static String[] op(String text) {
        return new String[] {text};
    }

    private static String[] subs(String... subs) {
        String[] clause = new String[subs.length + 1];
        clause[0] = OP_SUBS;
        System.arraycopy(subs, 0, clause, 1, subs.length);
        return clause;
    }

    /** Operative clauses as {lead-in, sub-paragraphs…}; sub-paragraphs lettered a, b, c in order. */
    private static Resolution text(String symbol, int session, ResolutionKind kind, List<String> preamble,
                                   List<String[]> operative) {
        List<Clause> pp = new ArrayList<>();
        for (int i = 0; i < preamble.size(); i++) {
            List<FootnoteRef> refs = i == 0 ? List.of(new FootnoteRef("1", 28)) : List.of();
            pp.add(Clause.preambular(i + 1, preamble.get(i), refs));
        }
        List<Clause> op = new ArrayList<>();
        for (int i = 0; i < operative.size(); i++) {
            String[] c = operative.get(i);
            List<SubParagraph> subs = new ArrayList<>();
            for (int k = 1; k < c.length; k++) {
                subs.add(new SubParagraph(String.valueOf((char) ('a' + k - 1)), c[k], List.of()));
            }
            op.add(Clause.operative(i + 1, c[0], subs, List.of()));
        }
        return new Resolution(symbol, session, kind, "Made-up cooperation on imaginary things",
                LocalDate.of(1945 + session, kind == ResolutionKind.DRAFT ? 11 : 12, 10), pp, op, List.of(),
                List.of(), symbol.replace('/', '-') + ".txt");
    }
}
