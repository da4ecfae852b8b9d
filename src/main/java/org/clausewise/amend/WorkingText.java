package org.clausewise.amend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * The draft's preamble and operative part while amendments are applied, and how an instruction's
 * paragraph is found in it: by the draft's own numbering (an amendment counts the paragraphs of the
 * draft as issued), by part, number or ordinal ("thirty-eighth", "last") and section.
 */
final class WorkingText {
    private final Resolution draft;
    private final Map<Part, List<WorkingClause>> parts = new EnumMap<>(Part.class);

    WorkingText(Resolution draft) {
        this.draft = draft;
        for (Part part : List.of(Part.PREAMBLE, Part.OPERATIVE)) {
            List<WorkingClause> list = new ArrayList<>();
            for (Clause c : draft.clauses(part)) {
                list.add(WorkingClause.of(c));
            }
            parts.put(part, list);
        }
    }

    Resolution draft() {
        return draft;
    }

    List<WorkingClause> clauses(Part part) {
        return parts.get(part);
    }

    /** The part an instruction works in; a paragraph named by number alone is operative (preambular ones are unnumbered). */
    static Part partOf(AmendmentInstruction i) {
        if (i.part() == Part.PREAMBLE || i.part() == Part.OPERATIVE) {
            return i.part();
        }
        return i.paragraph() != null || i.ordinal() != null ? Part.OPERATIVE : null;
    }

    /** The draft paragraph the instruction names; it may have been deleted by an earlier instruction. */
    WorkingClause locate(AmendmentInstruction i) throws CannotApply {
        Part part = partOf(i);
        if (part == null) {
            throw new CannotApply("the instruction names no preambular or operative paragraph");
        }
        List<WorkingClause> list = parts.get(part);
        if (i.paragraph() == null) {
            if ("last".equalsIgnoreCase(i.ordinal())) {
                for (int k = list.size() - 1; k >= 0; k--) {
                    if (!list.get(k).isNew()) {
                        return list.get(k);
                    }
                }
                throw new CannotApply("the draft has no " + partWord(part) + " paragraph");
            }
            throw new CannotApply("the instruction names no paragraph number");
        }
        List<WorkingClause> found = new ArrayList<>();
        for (WorkingClause w : list) {
            if (!w.isNew() && w.original().number() == i.paragraph() && inSection(w.original(), i.section())) {
                found.add(w);
            }
        }
        String named = named(part, i);
        if (found.isEmpty()) {
            throw new CannotApply(named + " not found: " + whatThereIs(part));
        }
        if (found.size() > 1) {
            throw new CannotApply("ambiguous: " + named + " stands in sections "
                    + found.stream().map(w -> String.valueOf(w.original().section())).collect(Collectors.joining(", "))
                    + " and the instruction names none");
        }
        return found.get(0);
    }

    /** As {@link #locate} for an instruction that changes the paragraph itself: it must still be there. */
    WorkingClause locatePresent(AmendmentInstruction i) throws CannotApply {
        WorkingClause w = locate(i);
        if (w.isDeleted()) {
            throw new CannotApply(w.label() + " was already deleted by " + w.deletedBy());
        }
        return w;
    }

    private static boolean inSection(Clause c, String section) {
        if (section == null) {
            return true;
        }
        String path = c.section();
        return path != null && (path.equals(section) || path.startsWith(section + ".") || path.endsWith("." + section));
    }

    /** "PP 38", "OP IV.3", "the thirty-eighth preambular paragraph" as the instruction names it. */
    private static String named(Part part, AmendmentInstruction i) {
        return part.abbreviation() + " " + (i.section() == null ? "" : i.section() + ".") + i.paragraph();
    }

    /** What the draft has instead, so the reader sees why: "the draft has 46 preambular paragraphs". */
    private String whatThereIs(Part part) {
        List<Clause> clauses = draft.clauses(part);
        if (clauses.isEmpty()) {
            return "the draft has no " + partWord(part) + " paragraphs";
        }
        if (part == Part.PREAMBLE) {
            return "the draft has " + clauses.size() + " preambular paragraph" + (clauses.size() == 1 ? "" : "s");
        }
        return "the draft's operative paragraphs run from " + clauses.get(0).label() + " to "
                + clauses.get(clauses.size() - 1).label();
    }

    static String partWord(Part part) {
        return part.name().toLowerCase(Locale.ROOT).equals("preamble") ? "preambular" : "operative";
    }
}
