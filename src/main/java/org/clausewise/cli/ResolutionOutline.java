package org.clausewise.cli;

import java.util.List;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.DocumentInfo;
import org.clausewise.model.Footnote;
import org.clausewise.model.Heading;
import org.clausewise.model.Resolution;
import org.clausewise.model.Sessions;
import org.clausewise.model.SubParagraph;

/**
 * A {@link Resolution} as a readable outline for {@code parse FILE} without {@code --json}: the
 * tree as printed — headings, clauses by their labels ("OP IV.3"), nested sub-paragraphs, annexes,
 * an amendment's instructions.
 */
final class ResolutionOutline {
    private ResolutionOutline() {
    }

    static String of(Resolution r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.displayName()).append(" (").append(r.kind().jsonName()).append(")\n");
        if (r.session() != null) {
            sb.append("Session: ").append(Sessions.ordinal(r.session())).append('\n');
        }
        sb.append("Title:   ").append(r.title() == null ? "(none found)" : r.title()).append('\n');
        sb.append("Date:    ").append(r.date() == null ? "(none found)" : r.date()).append('\n');
        info(sb, r.info());
        if (r.amendment() != null) {
            sb.append("Amends:  ").append(r.amendment().draftSymbol() == null ? "(not named)"
                    : r.amendment().draftSymbol()).append('\n');
        }
        sb.append('\n');
        clauses(sb, r.body(), r.headings(), "");
        for (Annex a : r.annexes()) {
            sb.append('\n').append(a.label()).append(a.title().isEmpty() ? "" : ": " + a.title()).append('\n');
            clauses(sb, a.clauses(), a.headings(), "  ");
        }
        if (r.amendment() != null && !r.amendment().instructions().isEmpty()) {
            sb.append("\nInstructions\n");
            for (AmendmentInstruction i : r.amendment().instructions()) {
                sb.append("  ").append(instruction(i)).append('\n');
            }
        }
        if (!r.footnotes().isEmpty()) {
            sb.append("\nFootnotes\n");
            for (Footnote f : r.footnotes()) {
                sb.append("  ").append(f.mark()).append("  ").append(f.text()).append('\n');
            }
        }
        if (!r.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            for (String w : r.warnings()) {
                sb.append("  - ").append(w).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static void info(StringBuilder sb, DocumentInfo info) {
        if (info.adoptedOn() != null || info.committee() != null) {
            sb.append("Adopted: ").append(info.adoptedOn() == null ? "" : "on " + info.adoptedOn())
                    .append(info.committee() == null ? "" : (info.adoptedOn() == null ? "" : ", ") + info.committee())
                    .append('\n');
        }
        if (!info.sponsors().isEmpty()) {
            sb.append("Sponsors: ").append(String.join(", ", info.sponsors())).append('\n');
        }
    }

    /** Clauses in reading order, each heading printed right before its first clause, the rest after them. */
    private static void clauses(StringBuilder sb, List<Clause> clauses, List<Heading> headings, String indent) {
        boolean[] shown = new boolean[headings.size()];
        for (Clause c : clauses) {
            for (int h = 0; h < headings.size(); h++) {
                if (!shown[h] && headings.get(h).firstClause() == c) {
                    heading(sb, headings.get(h), indent);
                    shown[h] = true;
                }
            }
            sb.append(indent).append(c.label()).append("  ").append(c.text()).append('\n');
            subparagraphs(sb, c.subparagraphs(), indent + "      ");
        }
        for (int h = 0; h < headings.size(); h++) {
            if (!shown[h]) {
                heading(sb, headings.get(h), indent);
            }
        }
    }

    private static void heading(StringBuilder sb, Heading h, String indent) {
        sb.append(indent).append("  ".repeat(Math.max(0, h.level() - 1))).append("## ").append(h.display()).append('\n');
    }

    private static void subparagraphs(StringBuilder sb, List<SubParagraph> subs, String indent) {
        for (SubParagraph s : subs) {
            sb.append(indent).append('(').append(s.label()).append(") ").append(s.text()).append('\n');
            subparagraphs(sb, s.subparagraphs(), indent + "  ");
        }
    }

    private static String instruction(AmendmentInstruction i) {
        StringBuilder sb = new StringBuilder(i.action().jsonName());
        if (i.position() != null) {
            sb.append(' ').append(i.position().jsonName());
        }
        if (i.part() != null) {
            sb.append(' ').append(i.part().abbreviation());
        }
        if (i.paragraph() != null) {
            sb.append(' ').append(i.paragraph());
        } else if (i.ordinal() != null) {
            sb.append(' ').append(i.ordinal());
        }
        if (i.subparagraph() != null) {
            sb.append(" (").append(i.subparagraph()).append(')');
        }
        if (i.section() != null) {
            sb.append(", section ").append(i.section());
        }
        if (i.words() != null) {
            sb.append(", words \u201C").append(i.words()).append('\u201D');
        }
        if (i.newText() != null) {
            sb.append(", new text \u201C").append(i.newText().replace('\n', ' ')).append('\u201D');
        }
        return sb.toString();
    }
}
