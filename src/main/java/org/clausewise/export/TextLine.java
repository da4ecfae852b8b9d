package org.clausewise.export;

import java.util.List;

/** One wrapped line of clause text. */
record TextLine(List<Fragment> fragments) {
    TextLine {
        fragments = List.copyOf(fragments);
    }

    /** The line's text as PDFTextStripper reads it back (up to its spacing). */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : fragments) {
            sb.append(f.text());
        }
        return sb.toString();
    }
}
