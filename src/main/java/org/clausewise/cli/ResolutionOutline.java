package org.clausewise.cli;

import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;
import org.clausewise.model.Sessions;
import org.clausewise.model.SubParagraph;

/** A {@link Resolution} as a readable outline for {@code parse FILE} without {@code --json}. */
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
        sb.append('\n');
        for (Clause c : r.preamble()) {
            sb.append(c.label()).append("  ").append(c.text()).append('\n');
        }
        if (!r.preamble().isEmpty()) {
            sb.append('\n');
        }
        for (Clause c : r.operative()) {
            sb.append(c.label()).append("  ").append(c.text()).append('\n');
            for (SubParagraph s : c.subparagraphs()) {
                sb.append("      (").append(s.label()).append(") ").append(s.text()).append('\n');
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
}
