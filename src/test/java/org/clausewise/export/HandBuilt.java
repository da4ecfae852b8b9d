package org.clausewise.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
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

/**
 * Hand-built comparisons for testing the PDF layout without the parser and the compare engine.
 * The clause texts are cut from corpus/A-67-draft-Third-Committee.txt and corpus/A-RES-67-169.txt
 * (the draft → adopted 67th-session pair); the spans are marked by hand on the words that really
 * differ. Where a test needs a case the real texts do not have, the clause says it is made up.
 */
final class HandBuilt {
    private HandBuilt() {
    }

    static final String PP1 = "Reaffirming its commitment to promoting international cooperation, as set forth in the "
            + "Charter of the United Nations, in particular Article 1, paragraph 3, as well as relevant provisions of the "
            + "Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights on 25 June 1993 "
            + "for enhancing genuine cooperation among Member States in the field of human rights,";
    static final String PP3_DRAFT = "Recalling also the World Conference against Racism, Racial Discrimination, "
            + "Xenophobia and Related Intolerance, held at Durban, South Africa, from 31 August to 8 September 2001, the "
            + "Durban Review Conference, held at Geneva from 20 to 24 April 2009, and the political declaration of the "
            + "high-level meeting of the General Assembly to commemorate the tenth anniversary of the adoption of the "
            + "Durban Declaration and Programme of Action, and their role in the enhancement of international "
            + "cooperation in the field of human rights,";
    static final String PP3_ADOPTED = PP3_DRAFT.replace("held at Durban", "held in Durban")
            .replace("held at Geneva", "held in Geneva");
    static final String OP4_DRAFT = "Urges all actors on the international scene to build an international order based "
            + "on inclusion, justice, equality and equity, human dignity, mutual understanding and promotion of and "
            + "respect for cultural diversity and universal human rights, and to reject all doctrines of exclusion based "
            + "on racism, racial discrimination, xenophobia and related intolerance;";
    static final String OP12_DRAFT = "Welcomes the initiative of the Human Rights Council to organize a seminar on the "
            + "enhancement of international cooperation in the field of human rights, with the participation of States, "
            + "relevant United Nations agencies, funds and programmes and other stakeholders, including academic experts "
            + "and civil society;";
    static final String OP12_ADOPTED = "Recalls the initiative of the Human Rights Council to organize a seminar on the "
            + "enhancement of international cooperation in the field of human rights, with the participation of States, "
            + "relevant United Nations agencies, funds and programmes and other stakeholders, including academic experts "
            + "and civil society, as decided in Council resolution 19/33;";
    static final String OP14 = "Decides to continue its consideration of the question at its sixty-eighth session.";
    static final String OP13 = "Requests the Secretary-General, in collaboration with the United Nations High "
            + "Commissioner for Human Rights, to consult States and intergovernmental and non-governmental organizations "
            + "on ways and means, as well as obstacles and challenges and possible proposals to overcome them, for the "
            + "enhancement of international cooperation and dialogue in the United Nations human rights machinery, "
            + "including the Human Rights Council;";

    static Resolution draft(List<Clause> preamble, List<Clause> operative) {
        return new Resolution(null, 67, ResolutionKind.DRAFT,
                "Enhancement of international cooperation in the field of human rights", LocalDate.of(2012, 11, 9),
                preamble, operative, List.of(), List.of(), "A-67-draft-Third-Committee.txt");
    }

    static Resolution adopted(List<Clause> preamble, List<Clause> operative) {
        return new Resolution("A/RES/67/169", 67, ResolutionKind.RESOLUTION,
                "Enhancement of international cooperation in the field of human rights", LocalDate.of(2012, 12, 20),
                preamble, operative, List.of(), List.of(), "A-RES-67-169.txt");
    }

    /** Draft → adopted 67th session, a few real rows of each kind the pair has. */
    static Comparison draftToAdopted() {
        Clause pp1 = Clause.preambular(1, PP1, List.of(new FootnoteRef("1", PP1.indexOf("1993") + 4)));
        Clause pp3d = Clause.preambular(3, PP3_DRAFT, List.of());
        Clause pp3a = Clause.preambular(3, PP3_ADOPTED, List.of());
        Clause op4 = Clause.operative(4, OP4_DRAFT, List.of(), List.of());
        Clause op12d = Clause.operative(12, OP12_DRAFT, List.of(), List.of());
        Clause op12a = Clause.operative(12, OP12_ADOPTED, List.of(), List.of());
        Clause op13 = Clause.operative(13, OP13, List.of(), List.of());
        Clause op14 = Clause.operative(14, OP14, List.of(), List.of());
        List<ClauseRow> preamble = List.of(
                same(pp1, pp1),
                row(pp3d, pp3a, ChangeKind.MODIFIED, ChangeClass.SUBSTANTIVE, false,
                        words(PP3_DRAFT, EditOp.DELETE, "at Durban", "at Geneva"),
                        words(PP3_ADOPTED, EditOp.INSERT, "in Durban", "in Geneva")));
        List<ClauseRow> operative = List.of(
                same(op4, op4),
                row(op12d, op12a, ChangeKind.MODIFIED, ChangeClass.SUBSTANTIVE, true,
                        words(OP12_DRAFT, EditOp.DELETE, "Welcomes", ";"),
                        words(OP12_ADOPTED, EditOp.INSERT, "Recalls", ", as decided in Council resolution 19/33;")),
                same(op13, op13),
                same(op14, op14));
        return new Comparison(draft(List.of(pp1, pp3d), List.of(op4, op12d, op13, op14)),
                adopted(List.of(pp1, pp3a), List.of(op4, op12a, op13, op14)), preamble, operative);
    }

    static ClauseRow same(Clause left, Clause right) {
        return new ClauseRow(left.part(), left, right, ChangeKind.UNCHANGED, TextDiff.none(left.text()), false,
                List.of(), Relation.NONE);
    }

    static ClauseRow row(Clause left, Clause right, ChangeKind kind, ChangeClass cls, boolean verbChanged,
                         List<Span> leftSpans, List<Span> rightSpans) {
        TextDiff diff = new TextDiff(0.9, cls, List.of(new WordEdit(EditOp.EQUAL, left.text(), false)),
                leftSpans, rightSpans);
        return new ClauseRow(left.part(), left, right, kind, diff, verbChanged, List.of(), Relation.NONE);
    }

    static ClauseRow added(Clause right) {
        return new ClauseRow(right.part(), null, right, ChangeKind.ADDED, TextDiff.oneSided(right.text(), EditOp.INSERT),
                false, subRows(right.subparagraphs(), false), Relation.NONE);
    }

    static ClauseRow removed(Clause left) {
        return new ClauseRow(left.part(), left, null, ChangeKind.REMOVED, TextDiff.oneSided(left.text(), EditOp.DELETE),
                false, subRows(left.subparagraphs(), true), Relation.NONE);
    }

    private static List<SubparagraphRow> subRows(List<SubParagraph> subs, boolean left) {
        List<SubparagraphRow> rows = new ArrayList<>();
        for (SubParagraph s : subs) {
            rows.add(left ? new SubparagraphRow(s, null, ChangeKind.REMOVED, TextDiff.oneSided(s.text(), EditOp.DELETE))
                    : new SubparagraphRow(null, s, ChangeKind.ADDED, TextDiff.oneSided(s.text(), EditOp.INSERT)));
        }
        return rows;
    }

    /** Spans over the given pieces of {@code text}, each found after the previous one. */
    static List<Span> words(String text, EditOp op, String... pieces) {
        return spans(text, op, false, pieces);
    }

    static List<Span> spans(String text, EditOp op, boolean editorial, String... pieces) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String piece : pieces) {
            int at = text.indexOf(piece, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + piece + "' is not in " + text);
            }
            spans.add(new Span(at, at + piece.length(), op, editorial));
            from = at + piece.length();
        }
        return spans;
    }
}
