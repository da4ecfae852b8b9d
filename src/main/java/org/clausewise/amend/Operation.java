package org.clausewise.amend;

import java.util.Locale;
import java.util.regex.Pattern;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.AmendmentInstruction.Position;

/**
 * What an instruction does, told from what was read of it (action, target, position, quoted words,
 * new text) and its own words: "new paragraph", "new subparagraph", "the words", "reading". One
 * instruction is one operation; an instruction that fits none is not applied.
 */
enum Operation {
    DELETE_PARAGRAPH, DELETE_SUBPARAGRAPH, DELETE_WORDS,
    REPLACE_PARAGRAPH, REPLACE_SUBPARAGRAPH, REPLACE_WORDS,
    INSERT_PARAGRAPHS, INSERT_SUBPARAGRAPHS, INSERT_WORDS, ADD_WORDS_AT_END;

    private static final Pattern NEW_SUB = Pattern.compile("\\bnew\\s+sub-?\\s?paragraphs?\\b");
    private static final Pattern NEW_PARAGRAPH = Pattern.compile(
            "\\bnew\\s+(?:(?:preambular|operative)\\s+)?paragraphs?\\b|\\bparagraphs?\\s+\\d{1,3}\\s*(?:bis|ter)\\b");
    private static final Pattern READING = Pattern.compile("\\b(?:reading|which reads|that reads|as it reads)\\b");
    private static final Pattern WORDS = Pattern.compile("\\b(?:words?|phrase|expression)\\b");
    private static final Pattern EVERY = Pattern.compile("\\b(?:wherever|each time|every time|throughout)\\b");

    /** The operation, or null when the instruction's words do not say which. */
    static Operation of(AmendmentInstruction i) {
        String head = head(i.printed());
        boolean inlineQuote = i.printed().indexOf('\u201C') >= 0 || i.printed().indexOf('"') >= 0;
        boolean wordsForm = i.words() != null && !quotesParagraph(i) && (WORDS.matcher(head).find() || inlineQuote);
        switch (i.action()) {
            case DELETE:
                if (wordsForm) {
                    return DELETE_WORDS;
                }
                return i.subparagraph() != null ? DELETE_SUBPARAGRAPH : DELETE_PARAGRAPH;
            case REPLACE:
                if (wordsForm) {
                    return REPLACE_WORDS;
                }
                return i.subparagraph() != null ? REPLACE_SUBPARAGRAPH : REPLACE_PARAGRAPH;
            default:
                return insertion(i, head);
        }
    }

    private static Operation insertion(AmendmentInstruction i, String head) {
        if (NEW_SUB.matcher(head).find()) {
            return INSERT_SUBPARAGRAPHS;
        }
        if (NEW_PARAGRAPH.matcher(head).find()) {
            return INSERT_PARAGRAPHS;
        }
        if (i.words() != null && (i.position() == Position.AFTER || i.position() == Position.BEFORE)) {
            return INSERT_WORDS;
        }
        if (i.position() == Position.AT_END) {
            return i.paragraph() != null || "last".equalsIgnoreCase(i.ordinal()) ? ADD_WORDS_AT_END : INSERT_PARAGRAPHS;
        }
        if (i.position() != null && i.words() == null && (i.paragraph() != null || i.ordinal() != null)) {
            // "After operative paragraph 3, insert the following:" — a paragraph after a paragraph
            return i.subparagraph() != null ? INSERT_SUBPARAGRAPHS : INSERT_PARAGRAPHS;
        }
        return null;
    }

    /** The instruction quotes the whole paragraph it works on ("…, reading: …"), to be checked against the draft. */
    static boolean quotesParagraph(AmendmentInstruction i) {
        return i.words() != null && READING.matcher(head(i.printed())).find()
                && !WORDS.matcher(head(i.printed())).find();
    }

    /** "… wherever they appear": the words are changed each time, not only when they appear once. */
    static boolean everyOccurrence(AmendmentInstruction i) {
        return EVERY.matcher(i.printed().toLowerCase(Locale.ROOT)).find();
    }

    /** The instruction's own words, before the first quotation (lower case). */
    static String head(String printed) {
        int q = -1;
        for (int k = 0; k < printed.length(); k++) {
            char c = printed.charAt(k);
            if (c == '\u201C' || c == '"') {
                q = k;
                break;
            }
        }
        return (q < 0 ? printed : printed.substring(0, q)).toLowerCase(Locale.ROOT);
    }
}
