package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some exports put an operative paragraph and its lettered sub-paragraphs on one line:
 * "Calls upon States: (a) To respect …; (b) To review …;". This splits such a paragraph into its
 * lead-in and sub-paragraphs, taking a label only where a sub-paragraph can start (after ":" or
 * ";", optionally "; and") and only in sequence, (a), (b), (c) …, so that "(b)" cited inside a
 * sentence stays where it is.
 */
final class InlineSubparagraphs {
    private static final Pattern LABEL = Pattern.compile("(?<=[:;]|; and|; or)\\s+\\(([a-z])\\)\\s+");

    private InlineSubparagraphs() {
    }

    /** The lead-in followed by each sub-paragraph's label and text; just the text when there is nothing to split. */
    static List<String[]> split(String text) {
        int a = text.indexOf("(a)");
        if (a < 0 || text.lastIndexOf(':', a) < 0) {
            return List.<String[]>of(new String[] {text});
        }
        List<String[]> parts = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        char expected = 'a';
        int leadEnd = -1;
        int textStart = -1;
        String label = null;
        String lead = text;
        while (m.find()) {
            if (m.group(1).charAt(0) != expected) {
                continue;
            }
            if (label == null) {
                if (text.charAt(m.start() - 1) != ':') {
                    return List.<String[]>of(new String[] {text});
                }
                leadEnd = m.start();
                lead = text.substring(0, leadEnd);
            } else {
                parts.add(new String[] {label, text.substring(textStart, m.start())});
            }
            label = m.group(1);
            textStart = m.end();
            expected++;
        }
        if (label == null || expected <= 'b') {
            return List.<String[]>of(new String[] {text});
        }
        parts.add(new String[] {label, text.substring(textStart)});
        parts.add(0, new String[] {lead});
        return parts;
    }
}
