package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Part;
import org.clausewise.model.SubParagraph;

/**
 * The text an instruction brings in, read as paragraphs and sub-paragraphs: one paragraph per line
 * (the amendment prints each new paragraph as its own), "(a) …" lines as sub-paragraphs of the line
 * before, the quotation marks around it and a paragraph's own number ("7. Requests …") set aside.
 */
final class NewText {
    private static final Pattern SUB_LABEL = Pattern.compile("\\(([a-z]{1,4}|[A-Z])\\)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:\\s*bis|\\s*ter)?)\\s*\\.\\s+(.*)", Pattern.DOTALL);

    private NewText() {
    }

    /** The new paragraphs, numbered 0 until the amended text is numbered, placed in {@code section}. */
    static List<Clause> paragraphs(String newText, Part part, Clause beside) {
        List<Clause> out = new ArrayList<>();
        String lead = null;
        List<SubParagraph> subs = new ArrayList<>();
        for (String line : lines(newText)) {
            Matcher sub = SUB_LABEL.matcher(line);
            if (sub.matches() && lead != null) {
                subs.add(new SubParagraph(sub.group(1), sub.group(2).strip(), List.of()));
                continue;
            }
            if (lead != null) {
                out.add(clause(part, lead, subs, beside));
                subs = new ArrayList<>();
            }
            Matcher n = NUMBER.matcher(line);
            lead = n.matches() ? n.group(2).strip() : line;
        }
        if (lead != null) {
            out.add(clause(part, lead, subs, beside));
        }
        return out;
    }

    /** The new sub-paragraphs: label as printed ("c"), or empty when the text gives none. */
    static List<SubParagraph> subparagraphs(String newText) {
        List<SubParagraph> out = new ArrayList<>();
        for (String line : lines(newText)) {
            Matcher sub = SUB_LABEL.matcher(line);
            out.add(sub.matches() ? new SubParagraph(sub.group(1), sub.group(2).strip(), List.of())
                    : new SubParagraph("", line, List.of()));
        }
        return out;
    }

    /** Words brought into a sentence, without the quotation marks around them. */
    static String words(String newText) {
        return String.join(" ", lines(newText));
    }

    private static Clause clause(Part part, String text, List<SubParagraph> subs, Clause beside) {
        String section = beside == null ? null : beside.section();
        boolean perSection = beside != null && beside.numberedPerSection();
        return new Clause(part, 0, text, subs, List.of(), null, section, true, ClauseForm.PARAGRAPH, perSection);
    }

    private static List<String> lines(String newText) {
        List<String> lines = new ArrayList<>();
        if (newText == null) {
            return lines;
        }
        for (String raw : newText.split("\n")) {
            String line = unquote(raw.strip());
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** “Notes with concern …;” or "Notes …;". → Notes with concern …; */
    static String unquote(String s) {
        String t = s.strip();
        if (!t.isEmpty() && isOpening(t.charAt(0))) {
            t = t.substring(1);
            int close = lastClosing(t);
            if (close >= 0 && t.substring(close + 1).strip().matches("[.;,]?")) {
                t = t.substring(0, close);
            }
        } else if (!t.isEmpty()) {
            // the closing mark of a quotation opened on an earlier line
            int close = lastClosing(t);
            if (close >= 0 && close >= t.length() - 2 && t.substring(close + 1).strip().matches("[.;,]?")
                    && t.indexOf('\u201C') < 0) {
                t = t.substring(0, close);
            }
        }
        return t.strip();
    }

    private static boolean isOpening(char c) {
        return c == '\u201C' || c == '"';
    }

    private static int lastClosing(String t) {
        return Math.max(t.lastIndexOf('\u201D'), t.lastIndexOf('"'));
    }
}
