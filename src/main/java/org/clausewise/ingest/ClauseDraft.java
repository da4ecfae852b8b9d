package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;

/** A paragraph being assembled from lines: its lead-in and, for operative clauses, its sub-paragraphs. */
final class ClauseDraft {
    /** A lettered sub-paragraph being assembled. */
    static final class Sub {
        final String label;
        final StringBuilder text = new StringBuilder();

        Sub(String label) {
            this.label = label;
        }
    }

    final boolean operative;
    final int number;
    final int line;
    final StringBuilder lead = new StringBuilder();
    final List<Sub> subs = new ArrayList<>();

    ClauseDraft(boolean operative, int number, int line) {
        this.operative = operative;
        this.number = number;
        this.line = line;
    }

    /** Where the next line of text goes: the open sub-paragraph, else the lead-in. */
    StringBuilder tail() {
        return subs.isEmpty() ? lead : subs.get(subs.size() - 1).text;
    }

    String nextLetter() {
        if (subs.isEmpty()) {
            return "a";
        }
        String last = subs.get(subs.size() - 1).label;
        char c = last.charAt(last.length() - 1);
        return c == 'z' ? null : last.substring(0, last.length() - 1) + (char) (c + 1);
    }
}
