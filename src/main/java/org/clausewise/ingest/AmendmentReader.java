package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Amendment;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.AmendmentInstruction.Action;
import org.clausewise.model.AmendmentInstruction.Position;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Part;

/**
 * Reads an amendment's paragraphs as instructions: each instruction ("Delete operative paragraph 9.",
 * "After operative paragraph 3, insert a new operative paragraph, reading:") with the paragraphs of
 * new or quoted text that follow it. What is read: the action, the target paragraph (by number or
 * ordinal word), section and sub-paragraph, the position, the quoted words and the new text.
 */
final class AmendmentReader {
    private static final Pattern NUMBER_PREFIX = Pattern.compile("(\\d{1,2})\\s*\\.\\s*(.*)");
    private static final Pattern ACTION = Pattern.compile("(?i)" + WordStart.REGEX + "(delete|replace|insert|add)\\b");
    private static final Pattern BY_NUMBER = Pattern.compile(
            "(?i)" + WordStart.REGEX + "(preambular|operative)\\s+paragraphs?\\s+(\\d{1,4})(?:\\s*\\(([a-z]{1,4})\\))?");
    private static final Pattern BY_ORDINAL = Pattern.compile(
            "(?i)" + WordStart.REGEX + "([a-z]+(?:[-\u2011 ][a-z]+)?)\\s+(preambular|operative)\\s+paragraph");
    private static final Pattern SUBPARAGRAPH = Pattern.compile("(?i)" + WordStart.REGEX + "sub-?paragraph\\s*\\(([a-z]{1,4})\\)");
    private static final Pattern SECTION = Pattern.compile(WordStart.REGEX + "[Ss]ection\\s+([IVXL]{1,6}|[A-Z]|\\d{1,2}[A-Z]?)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\u201C\"]([^\u201D\"]+)[\u201D\"]");
    private static final Pattern PART_WORD = Pattern.compile("(?i)" + WordStart.REGEX + "(preambular|operative)\\b");

    /** What was read: one clause per instruction (with its text) and the instructions. */
    record Result(List<Clause> clauses, Amendment amendment) {
    }

    private AmendmentReader() {
    }

    static Result read(List<Clause> paragraphs, String amends, List<String> warnings) {
        List<Clause> clauses = new ArrayList<>();
        List<AmendmentInstruction> instructions = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            Clause p = paragraphs.get(i);
            Matcher numbered = NUMBER_PREFIX.matcher(p.text());
            String printed = numbered.matches() ? numbered.group(2) : p.text();
            if (!isInstruction(printed)) {
                warnings.add("amendment: paragraph " + (i + 1) + " is not an instruction (delete, replace, insert, add)"
                        + " and follows none; kept as text");
                clauses.add(unnumbered(p, clauses.size() + 1, p.text()));
                i++;
                continue;
            }
            List<String> following = new ArrayList<>();
            int k = i + 1;
            boolean takesText = printed.stripTrailing().endsWith(":");
            while (k < paragraphs.size() && (takesText || !isInstruction(stripNumber(paragraphs.get(k).text())))) {
                following.add(paragraphs.get(k).text());
                k++;
                takesText = false;
                if (k < paragraphs.size() && isInstruction(stripNumber(paragraphs.get(k).text()))) {
                    break;
                }
            }
            instructions.add(instruction(printed, following));
            // The clause reads as printed: the instruction, then the text it quotes or brings in.
            String text = following.isEmpty() ? printed : printed + " " + String.join(" ", following);
            int number = numbered.matches() ? Integer.parseInt(numbered.group(1)) : clauses.size() + 1;
            Clause c = new Clause(Part.OPERATIVE, number, text, List.of(), p.footnoteRefs(), null, null,
                    numbered.matches(), ClauseForm.PARAGRAPH, false);
            clauses.add(c);
            i = k;
        }
        if (instructions.isEmpty()) {
            warnings.add("amendment: no instruction (delete, replace, insert, add) was found");
        }
        return new Result(clauses, new Amendment(amends, instructions));
    }

    private static Clause unnumbered(Clause p, int number, String text) {
        return new Clause(Part.OPERATIVE, number, text, List.of(), p.footnoteRefs(), null, null, false,
                ClauseForm.PARAGRAPH, false);
    }

    private static String stripNumber(String text) {
        Matcher m = NUMBER_PREFIX.matcher(text);
        return m.matches() ? m.group(2) : text;
    }

    /** Opens as an instruction does and names an action outside its quotations ("after “x”, insert “y”"). */
    static boolean isInstruction(String text) {
        return AmendmentCover.INSTRUCTION.matcher(text).matches()
                && ACTION.matcher(QUOTED.matcher(text).replaceAll("\u201C\u201D")).find();
    }

    /** The instruction up to its first quotation: where its own words are. */
    private static String head(String text) {
        int q = indexOfQuote(text);
        return q < 0 ? text : text.substring(0, q);
    }

    private static int indexOfQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    static AmendmentInstruction instruction(String printed, List<String> following) {
        String head = head(printed);
        Matcher a = ACTION.matcher(QUOTED.matcher(printed).replaceAll("\u201C\u201D"));
        Action action = a.find() ? Action.valueOf(a.group(1).toUpperCase(Locale.ROOT)) : Action.REPLACE;
        Part part = null;
        Integer paragraph = null;
        String ordinal = null;
        String sub = null;
        Matcher byNumber = BY_NUMBER.matcher(head);
        Matcher byOrdinal = BY_ORDINAL.matcher(head);
        int at = Integer.MAX_VALUE;
        if (byNumber.find()) {
            part = part(byNumber.group(1));
            paragraph = Integer.valueOf(byNumber.group(2));
            ordinal = byNumber.group(2);
            sub = byNumber.group(3);
            at = byNumber.start();
        }
        while (byOrdinal.find() && byOrdinal.start() < at) {
            // "the thirty-eighth preambular paragraph", "the last operative paragraph"
            String full = byOrdinal.group(1).toLowerCase(Locale.ROOT);
            String word = lastWord(full);
            Integer n = EnglishDates.ordinal(full);
            if (n == null) {
                n = EnglishDates.ordinal(word);
            } else {
                word = full;
            }
            if (n != null || word.equals("last")) {
                part = part(byOrdinal.group(2));
                paragraph = n;
                ordinal = word;
                break;
            }
        }
        if (part == null) {
            Matcher pw = PART_WORD.matcher(head);
            part = pw.find() ? part(pw.group(1)) : null;
        }
        Matcher subM = SUBPARAGRAPH.matcher(head);
        if (sub == null && subM.find()) {
            sub = subM.group(1);
        }
        Matcher section = SECTION.matcher(head);
        String sectionId = section.find() ? section.group(1) : null;
        Position position = position(action, QUOTED.matcher(printed).replaceAll("\u201C\u201D"));
        List<String> quotes = quotes(printed);
        String words = null;
        String newText = following.isEmpty() ? null : String.join("\n", following);
        switch (action) {
            case DELETE:
                words = !quotes.isEmpty() ? quotes.get(0) : newText;
                newText = null;
                break;
            case REPLACE:
                if (quotes.size() >= 2) {
                    words = quotes.get(0);
                    newText = quotes.get(1);
                } else if (quotes.size() == 1 && newText == null) {
                    newText = quotes.get(0);
                }
                break;
            default:
                if (!quotes.isEmpty() && newText == null) {
                    // "after the words “y”, insert “x”": the quotation after "after"/"before" is where, the other what
                    int where = quotes.size() >= 2 ? anchorQuote(printed) : -1;
                    int what = where == 0 ? 1 : 0;
                    newText = quotes.get(what);
                    words = quotes.size() >= 2 ? quotes.get(where < 0 ? 1 : where) : null;
                }
        }
        return new AmendmentInstruction(action, part, paragraph, ordinal, sectionId, sub, position, words, newText,
                printed);
    }

    private static Position position(Action action, String head) {
        if (action == Action.DELETE || action == Action.REPLACE) {
            return null;
        }
        String h = head.toLowerCase(Locale.ROOT);
        if (h.contains("at the end")) {
            return Position.AT_END;
        }
        if (Pattern.compile(WordStart.REGEX + "after\\b").matcher(h).find()) {
            return Position.AFTER;
        }
        if (Pattern.compile(WordStart.REGEX + "before\\b").matcher(h).find()) {
            return Position.BEFORE;
        }
        return null;
    }

    private static final Pattern ANCHOR = Pattern.compile("(?i)\\b(?:after|before)(?:\\s+the\\s+(?:words?|phrase))?\\s*,?\\s*$");

    /** The quotation that follows "after"/"before" ("after the words “y”"), or -1 when none does. */
    private static int anchorQuote(String printed) {
        Matcher m = QUOTED.matcher(printed);
        int k = 0;
        int from = 0;
        while (m.find()) {
            if (ANCHOR.matcher(printed.substring(from, m.start())).find()) {
                return k;
            }
            from = m.end();
            k++;
        }
        return -1;
    }

    private static List<String> quotes(String text) {
        List<String> list = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            list.add(m.group(1).strip());
        }
        return list;
    }

    private static String lastWord(String words) {
        String[] parts = words.split(" ");
        return parts[parts.length - 1];
    }

    private static Part part(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("pre") ? Part.PREAMBLE : Part.OPERATIVE;
    }
}
