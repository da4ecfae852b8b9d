package org.clausewise.ui;

import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.Footnote;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Part;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Span;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

import java.time.LocalDate;
import java.util.List;

/**
 * A made-up comparison, built by hand, for testing the viewer without the parser or the compare
 * engine: one row of each kind, a footnote mark, an editorial change and sub-paragraphs. The
 * texts are invented; they only look like resolutions.
 */
public final class MadeUpTexts {
    private MadeUpTexts() {
    }

    public static final String PP1 = "Recalling its resolution 1/1,";
    public static final String OP1_LEFT = "Welcomes the report of the Secretary-General;";
    public static final String OP1_RIGHT = "Welcomes with appreciation the report of the Secretary-General;";
    public static final String OP2_RIGHT = "Decides to remain seized of the matter;";
    public static final String OP3 = "Urges States to cooperate fully;";
    public static final String OP4_LEFT = "Calls upon all \u201Cactors\u201D to act;";
    public static final String OP4_RIGHT = "Calls upon all \"actors\" to act;";
    public static final String OP5_LEFT = "Requests a study on cooperation;";

    public static Comparison comparison() {
        Clause pp1 = Clause.preambular(1, PP1, List.of(new FootnoteRef("1", PP1.length() - 1)));
        Clause op1l = Clause.operative(1, OP1_LEFT, List.of(), List.of());
        Clause op1r = Clause.operative(1, OP1_RIGHT, List.of(), List.of());
        Clause op2r = Clause.operative(2, OP2_RIGHT, List.of(), List.of());
        Clause op3l = Clause.operative(2, OP3, List.of(
                new SubParagraph("a", "in the field of human rights;", List.of()),
                new SubParagraph("b", "in the field of development.", List.of())), List.of());
        Clause op3r = Clause.operative(3, OP3, List.of(
                new SubParagraph("a", "in the field of human rights;", List.of()),
                new SubParagraph("b", "in the field of development.", List.of())), List.of());
        Clause op4l = Clause.operative(3, OP4_LEFT, List.of(), List.of());
        Clause op4r = Clause.operative(4, OP4_RIGHT, List.of(), List.of());
        Clause op5l = Clause.operative(4, OP5_LEFT, List.of(), List.of());
        Clause op5r = Clause.operative(5, OP5_LEFT, List.of(), List.of());
        Resolution left = new Resolution("A/RES/1/1", 1, ResolutionKind.RESOLUTION, "Made-up cooperation",
                LocalDate.of(1946, 12, 14), List.of(pp1), List.of(op1l, op3l, op4l, op5l),
                List.of(new Footnote("1", "Made-up footnote one.")), List.of(), "made-up-left.txt");
        Resolution right = new Resolution("A/RES/3/7", 3, ResolutionKind.RESOLUTION, "Made-up cooperation",
                LocalDate.of(1948, 12, 10), List.of(pp1), List.of(op1r, op2r, op3r, op4r, op5r),
                List.of(new Footnote("1", "Made-up footnote one.")), List.of(), "made-up-right.txt");

        int ins = OP1_RIGHT.indexOf("with appreciation");
        TextDiff op1diff = new TextDiff(0.8, ChangeClass.SUBSTANTIVE,
                List.of(new WordEdit(EditOp.EQUAL, "Welcomes ", false),
                        new WordEdit(EditOp.INSERT, "with appreciation ", false),
                        new WordEdit(EditOp.EQUAL, "the report of the Secretary-General;", false)),
                List.of(), List.of(new Span(ins, ins + "with appreciation".length(), EditOp.INSERT, false)));
        int ql = OP4_LEFT.indexOf('\u201C');
        int qr = OP4_RIGHT.indexOf('"');
        TextDiff op4diff = new TextDiff(1.0, ChangeClass.EDITORIAL, List.of(),
                List.of(new Span(ql, ql + 8, EditOp.DELETE, true)),
                List.of(new Span(qr, qr + 8, EditOp.INSERT, true)));
        List<SubparagraphRow> subs = List.of(
                new SubparagraphRow(op3l.subparagraphs().get(0), op3r.subparagraphs().get(0), ChangeKind.UNCHANGED,
                        TextDiff.none("in the field of human rights;")),
                new SubparagraphRow(op3l.subparagraphs().get(1), op3r.subparagraphs().get(1), ChangeKind.UNCHANGED,
                        TextDiff.none("in the field of development.")));
        List<ClauseRow> preamble = List.of(new ClauseRow(Part.PREAMBLE, pp1, pp1, ChangeKind.UNCHANGED,
                TextDiff.none(PP1), false, List.of(), Relation.NONE));
        List<ClauseRow> operative = List.of(
                new ClauseRow(Part.OPERATIVE, op1l, op1r, ChangeKind.MODIFIED, op1diff, false, List.of(), Relation.NONE),
                new ClauseRow(Part.OPERATIVE, null, op2r, ChangeKind.ADDED, TextDiff.oneSided(OP2_RIGHT, EditOp.INSERT),
                        false, List.of(), Relation.NONE),
                new ClauseRow(Part.OPERATIVE, op3l, op3r, ChangeKind.UNCHANGED, TextDiff.none(OP3), false, subs,
                        Relation.NONE),
                new ClauseRow(Part.OPERATIVE, op4l, op4r, ChangeKind.MODIFIED, op4diff, false, List.of(), Relation.NONE),
                new ClauseRow(Part.OPERATIVE, op5l, op5r, ChangeKind.UNCHANGED, TextDiff.none(OP5_LEFT), false,
                        List.of(), Relation.NONE));
        return new Comparison(left, right, preamble, operative);
    }
}
