package org.clausewise.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents of the General Assembly that are not texts of resolutions, decisions, drafts or
 * amendments, named so that a refusal can say what the document is.
 */
final class OtherDocuments {
    private static final Pattern[] SHAPES = {
        Pattern.compile("(?i)" + WordStart.REGEX + "organi[sz]ation of (?:the )?work\\b"),
        Pattern.compile("(?i)" + WordStart.REGEX + "programme of work\\b"),
        Pattern.compile("(?i)" + WordStart.REGEX + "provisional agenda\\b"),
        Pattern.compile("(?i)" + WordStart.REGEX + "note by the (Secretariat|Secretary-General|President[^.,;]{0,60}|Chair[^.,;]{0,40})"),
        Pattern.compile("(?i)(?<!on the )" + WordStart.REGEX + "report of the ([^.,;]{3,80})"),
        Pattern.compile("(?i)" + WordStart.REGEX + "letter dated\\b"),
    };
    private static final String[] NAMES = {
        "a note on the organization of work", "a programme of work", "a provisional agenda", "a note by the %s",
        "a report of the %s", "a letter",
    };

    private OtherDocuments() {
    }

    /** "a note on the organization of work", "a report of the Secretary-General" …; null when none fits. */
    static String describe(String coverText) {
        for (int i = 0; i < SHAPES.length; i++) {
            Matcher m = SHAPES[i].matcher(coverText);
            if (m.find()) {
                return m.groupCount() > 0 ? String.format(NAMES[i], m.group(1).strip()) : NAMES[i];
            }
        }
        return null;
    }
}
