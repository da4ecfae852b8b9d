package org.clausewise.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.ResolutionKind;

/**
 * Reads the cover block of a text: symbol, session, kind, title and dates. The cover may be a full
 * UN cover page, a Markdown rendering of it, a draft's cover, or just the "67/169. Title" line.
 */
final class CoverReader {
    private static final Pattern BODY_START = Pattern.compile("(?i)the general assembly\\s*[,:;.]?");
    private static final Pattern BODY_START_WITH_TEXT = Pattern.compile("((?i)the general assembly\\s*,)\\s+(\\p{Lu}.*)");
    /** "67/169. Enhancement of …": the resolution number and the title. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("(\\d{1,3})/(\\d{1,4})\\s*\\.\\s*(.*)");
    /**
     * Revisions, corrigenda and addenda: "/Rev.1", "/Corr.1", "/Add.1", a few at most (bounded:
     * Java repeats a group by recursion, and an endless "/Rev.1/Rev.1…" would overflow the stack).
     */
    private static final String ISSUE = "(?:/(?:Rev|Corr|Add)\\.\\d{1,2}){0,4}";
    private static final Pattern RES_SYMBOL = Pattern.compile(WordStart.REGEX + "A/RES/(\\d{1,3})/(\\d{1,4})\\b" + ISSUE);
    static final Pattern DRAFT_SYMBOL = Pattern.compile(
            WordStart.REGEX + "A/(?:C\\.\\d/|ES-\\d{1,2}/)?(\\d{1,3})/L\\.\\d+\\b" + ISSUE);
    private static final Pattern DECISION_ADOPTED = Pattern.compile("(?i)decision adopted by the General Assembly");
    private static final Pattern DRAFT_DECISION = Pattern.compile("(?i)" + WordStart.REGEX + "draft decision\\b");
    /** "The General Assembly, taking note …, decides …": a decision's one paragraph, opening with its subject. */
    private static final Pattern DECISION_START = Pattern.compile("The General Assembly\\s*,?\\s+\\p{Ll}.*");
    private static final Pattern ADOPTED = Pattern.compile(
            "(?i)adopted by the General Assembly on\\s+(\\d{1,2}\\s+\\p{Alpha}+\\s+\\d{4})");
    private static final Pattern DISTR = Pattern.compile("Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted)\\b");
    private static final Pattern DRAFT_WORDS = Pattern.compile("(?i)" + WordStart.REGEX + "draft resolution\\b|Distr\\.?\\s*:?\\s*Limited");
    /** Cover lines that are never the title of a draft. */
    private static final Pattern COVER_ITEM = Pattern.compile(
            "(?i)(\\[.*|resolution adopted.*|distr\\..*|agenda item.*|original:.*|.*\\bsession\\b.*|"
                    + ".*draft resolution.*|.*draft decision.*|general assembly|united nations|(?:\\w+ ){0,4}committee(?: \\(\\w+ committee\\))?|\\d{2}-\\d{5}.*)");

    private CoverReader() {
    }

    static Cover read(List<Line> lines) {
        int amendmentLine = AmendmentCover.find(lines);
        if (amendmentLine >= 0) {
            return AmendmentCover.read(lines, amendmentLine);
        }
        int bodyLine = findBodyStart(lines);
        boolean decisionParagraph = false;
        if (bodyLine < 0) {
            bodyLine = findDecisionStart(lines);
            decisionParagraph = bodyLine >= 0;
        }
        int coverEnd = bodyLine >= 0 ? bodyLine : lines.size();
        StringBuilder coverText = new StringBuilder();
        int titleLine = -1;
        for (int i = 0; i < coverEnd; i++) {
            String t = Markers.strip(lines.get(i).text());
            coverText.append(t).append('\n');
            if (titleLine < 0 && NUMBERED_TITLE.matcher(t).matches()) {
                titleLine = i;
            }
        }
        String cover = coverText.toString();
        String flat = LineCleaner.collapseSpaces(cover.replace('\n', ' '));

        String title = null;
        Integer session = null;
        String symbol = null;
        ResolutionKind kind;
        if (titleLine >= 0) {
            Matcher m = NUMBERED_TITLE.matcher(Markers.strip(lines.get(titleLine).text()));
            m.matches();
            session = Integer.valueOf(m.group(1));
            symbol = "A/RES/" + session + "/" + Integer.parseInt(m.group(2));
            title = joinBlock(lines, titleLine, m.group(3), coverEnd);
            kind = DECISION_ADOPTED.matcher(flat).find() ? ResolutionKind.DECISION : ResolutionKind.RESOLUTION;
            if (kind == ResolutionKind.DECISION) {
                symbol = null; // "78/548." is decision 78/548, which has no document symbol of its own
            } else {
                Matcher own = RES_SYMBOL.matcher(cover);
                if (own.find() && own.group().startsWith(symbol + "/")) {
                    symbol = own.group(); // A/RES/78/1/Corr.1
                }
            }
        } else {
            boolean adopted = ADOPTED.matcher(flat).find() || DECISION_ADOPTED.matcher(flat).find();
            boolean draftDecision = !adopted && DRAFT_DECISION.matcher(cover).find();
            boolean draft = draftDecision || DRAFT_WORDS.matcher(cover).find() && !adopted;
            kind = draftDecision ? ResolutionKind.DRAFT_DECISION : draft ? ResolutionKind.DRAFT
                    : DECISION_ADOPTED.matcher(flat).find() ? ResolutionKind.DECISION : ResolutionKind.RESOLUTION;
            Matcher sym = (draft ? DRAFT_SYMBOL : RES_SYMBOL).matcher(cover);
            if (sym.find()) {
                symbol = sym.group();
                session = Integer.valueOf(sym.group(1));
            }
            if (bodyLine >= 0) {
                title = titleAbove(lines, bodyLine);
            }
        }
        if (session == null) {
            session = EnglishDates.sessionNamed(flat);
        }
        Matcher adoptedM = ADOPTED.matcher(flat);
        LocalDate adopted = flat.contains("dopted") && adoptedM.find() ? EnglishDates.firstDate(adoptedM.group(1)) : null;
        Matcher distr = DISTR.matcher(flat);
        LocalDate issued = flat.contains("Distr") && distr.find() ? EnglishDates.firstDate(flat.substring(distr.end())) : null;
        int bodyStart = decisionParagraph ? bodyLine
                : bodyLine >= 0 ? bodyLine + 1 : titleLine >= 0 ? afterTitleBlock(lines, titleLine) : -1;
        List<String> coverLines = coverLines(lines, coverEnd);
        return new Cover(symbol, session, kind, title, adopted, issued, bodyStart, bodyLine < 0 && bodyStart >= 0,
                DocumentInfoReader.read(coverLines, lines, issued), null,
                bodyStart < 0 ? OtherDocuments.describe(flat) : null);
    }

    static List<String> coverLines(List<Line> lines, int end) {
        List<String> cover = new java.util.ArrayList<>();
        for (int i = 0; i < end; i++) {
            cover.add(Markers.strip(lines.get(i).text()));
        }
        return cover;
    }

    /** A decision's paragraph opening with "The General Assembly, taking note …", near the top. */
    private static int findDecisionStart(List<Line> lines) {
        for (int i = 0; i < lines.size() && i < 150; i++) {
            String t = lines.get(i).text();
            if (t.startsWith("The General Assembly") && DECISION_START.matcher(Markers.strip(t)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int findBodyStart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() < 40 && t.toLowerCase(Locale.ROOT).contains("assembly")
                    && BODY_START.matcher(Markers.strip(t)).matches()) {
                return i;
            }
        }
        // "The General Assembly, Recalling …" on one line: split it into the two lines it stands for.
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher m = BODY_START_WITH_TEXT.matcher(line.text());
            if (m.matches()) {
                lines.set(i, new Line(line.number(), m.group(1), line.indented(), false));
                lines.add(i + 1, new Line(line.number(), m.group(2), true, false));
                return i;
            }
        }
        return -1;
    }

    /** Without "The General Assembly,", the clauses start after the "67/169. Title" block. */
    private static int afterTitleBlock(List<Line> lines, int titleLine) {
        int i = titleLine + 1;
        while (i < lines.size() && !lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    /** The title and the lines it wraps onto, up to the next blank line. */
    private static String joinBlock(List<Line> lines, int first, String firstText, int end) {
        StringBuilder sb = new StringBuilder(firstText.strip());
        // Up to the blank line; a title printed one word per line can take many lines.
        for (int i = first + 1; i < end && i <= first + 40; i++) {
            String t = Markers.strip(lines.get(i).text());
            if (t.isEmpty()) {
                // A title ending in ";" goes on with its subtitle after the blank line.
                if (sb.length() > 0 && !sb.toString().stripTrailing().endsWith(";")) {
                    break;
                }
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return tidy(sb.toString());
    }

    /** A draft has no "67/169." line: its title is the last block above "The General Assembly,". */
    private static String titleAbove(List<Line> lines, int bodyLine) {
        int i = bodyLine - 1;
        for (int blocks = 0; blocks < 4 && i >= 0; blocks++) {
            while (i >= 0 && lines.get(i).blank()) {
                i--;
            }
            int end = i;
            while (i >= 0 && !lines.get(i).blank()) {
                i--;
            }
            if (end < 0) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i + 1; k <= end; k++) {
                sb.append(Markers.strip(lines.get(k).text())).append(' ');
            }
            String block = tidy(sb.toString());
            if (!block.isEmpty() && block.length() < 300 && !COVER_ITEM.matcher(block).matches()) {
                return block;
            }
        }
        return null;
    }

    static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        // A trailing footnote asterisk or digit glued to the title's last word is not part of it.
        t = t.replaceAll("(?<=\\p{L})\\*+$", "");
        return t.toLowerCase(Locale.ROOT).equals("the general assembly,") ? "" : t;
    }
}
