package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The open sections of a text or annex, outermost first, as headings come: a heading of a style
 * already open closes that section and what is inside it ("II" after "I.A" gives "II"); a heading of
 * a new style opens inside the current one ("A." after "I" gives "I.A"). An unlabelled heading
 * replaces an unlabelled one and adds nothing to the path.
 */
final class SectionOutline {
    private final List<HeadingLabel> open = new ArrayList<>();

    /** Opens the section {@code label} starts; articles and rules are not sections. */
    void enter(HeadingLabel label) {
        if (label.opensClause()) {
            return;
        }
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).style() == label.style()) {
                open.subList(i, open.size()).clear();
                break;
            }
        }
        open.add(label);
    }

    /** "IV", "IV.A"; null outside any labelled section. */
    String path() {
        StringBuilder sb = new StringBuilder();
        for (HeadingLabel h : open) {
            if (h.style() != HeadingLabel.Style.PLAIN) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(h.id());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** How deep the current section is: 1 for a top-level one, 0 outside any. */
    int level() {
        return open.size();
    }
}
