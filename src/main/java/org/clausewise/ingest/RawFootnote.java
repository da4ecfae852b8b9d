package org.clausewise.ingest;

/** A footnote being read: its mark and its text so far, and the line it started on. */
final class RawFootnote {
    final String mark;
    final int line;
    final StringBuilder text = new StringBuilder();

    RawFootnote(String mark, int line, String first) {
        this.mark = mark;
        this.line = line;
        text.append(first);
    }
}
