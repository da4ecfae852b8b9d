package org.clausewise.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.amend.AmendedDraft;
import org.clausewise.amend.InstructionOutcome;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.clausewise.present.Presentation;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Side;
import org.clausewise.present.SubparagraphLine;

/**
 * The text form of {@code amend}: which draft, what each instruction did (and the instruction as
 * printed), then the amended text's clauses, each marked as in {@code compare} ({@code = ~ + - >})
 * with what the amendments changed as {@code [-deleted-]{+inserted+}}.
 */
final class AmendText {
    private static final String INDENT = "      ";
    /** About how much of a quoted paragraph the instruction line shows: its start and its end. */
    private static final int QUOTE_SHOWN = 60;

    private AmendText() {
    }

    static String render(AmendedDraft a, String note, Presentation shown) {
        StringBuilder sb = new StringBuilder();
        Resolution draft = a.draft();
        sb.append(a.amended().displayName()).append(" by ")
                .append(a.amendments().stream().map(Resolution::displayName).collect(Collectors.joining(", "))).append('\n');
        sb.append("Draft: ").append(draft.displayName()).append(draft.date() == null ? "" : " (" + draft.date() + ")")
                .append(draft.title() == null ? "" : ", " + draft.title()).append('\n');
        if (note != null) {
            sb.append("Note: ").append(note).append('\n');
        }
        sb.append("\nInstructions\n");
        for (InstructionOutcome o : a.outcomes()) {
            sb.append("  ").append(o.applied() ? "applied     " : "NOT applied ").append(o.amendment()).append(" (")
                    .append(o.number()).append(") ").append(o.detail()).append('\n');
            sb.append(INDENT).append(printed(o.instruction())).append('\n');
        }
        sb.append(a.appliedCount()).append(" of ").append(a.outcomes().size()).append(" instructions applied.\n");
        sb.append(ComparisonText.summary(shown.summary())).append('\n');
        ComparisonText.groups(sb, shown, AmendText::clause);
        return sb.toString();
    }

    /**
     * The instruction as printed; one that ends "reading:" gets the quoted text it introduces,
     * shortened, so the line does not look cut off ("… reading: “Recalling the … law,”").
     */
    static String printed(AmendmentInstruction i) {
        String printed = i.printed();
        String quoted = i.newText() != null ? i.newText() : i.words();
        if (!printed.endsWith(":") || quoted == null || quoted.isBlank()) {
            return printed;
        }
        // the new text may keep the quotation marks it was printed in: one pair is drawn below
        String q = quoted.strip().replaceAll("\\s+", " ").replaceAll("^[\u201C\"]+|[\u201D\"]+$", "");
        if (q.length() > QUOTE_SHOWN) {
            int cut = q.lastIndexOf(' ', QUOTE_SHOWN / 2);
            int from = q.indexOf(' ', q.length() - QUOTE_SHOWN / 2);
            q = q.substring(0, cut < 0 ? QUOTE_SHOWN / 2 : cut) + " \u2026 " + q.substring(from < 0 ? q.length() - QUOTE_SHOWN / 2 : from + 1);
        }
        return printed + " \u201C" + q + "\u201D";
    }

    /** "= PP 3  text", "- PP 38  [-text-]", "~ OP 10 → OP 9  text with {+edits+}", sub-paragraphs below. */
    private static void clause(StringBuilder sb, PresentedRow row) {
        sb.append("  ").append(ComparisonText.marker(row.kind())).append(' ').append(row.label().replace("\u2192", "->")).append("  ");
        if (!row.isChange()) {
            Clause c = row.clause(Side.RIGHT);
            sb.append(c.text()).append('\n');
            for (SubParagraph s : c.subparagraphs()) {
                sub(sb, s, INDENT);
            }
            return;
        }
        sb.append(RunText.brackets(row.redline())).append('\n');
        for (SubparagraphLine s : row.subparagraphs()) {
            sb.append(INDENT).append(s.kind() == null ? ' ' : ComparisonText.marker(s.kind())).append(" (").append(s.label()).append(") ")
                    .append(RunText.brackets(s.redline())).append('\n');
        }
    }

    private static void sub(StringBuilder sb, SubParagraph s, String indent) {
        sb.append(indent).append("(").append(s.label()).append(") ").append(s.text()).append('\n');
        for (SubParagraph child : s.subparagraphs()) {
            sub(sb, child, indent + "  ");
        }
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
