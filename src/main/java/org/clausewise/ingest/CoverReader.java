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
    private static final Pattern RES_SYMBOL = Pattern.compile(WordStart.REGEX + "A/RES/(\\d{1,3})/(\\d{1,4})\\b");
    private static final Pattern DRAFT_SYMBOL = Pattern.compile(WordStart.REGEX + "A/(?:C\\.\\d/)?(\\d{1,3})/L\\.\\d+(?:/Rev\\.\\d+)?\\b");
    private static final Pattern ADOPTED = Pattern.compile(
            "(?i)adopted by the General Assembly on\\s+(\\d{1,2}\\s+\\p{Alpha}+\\s+\\d{4})");
    private static final Pattern DISTR = Pattern.compile("Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted)\\b");
    private static final Pattern DRAFT_WORDS = Pattern.compile("(?i)" + WordStart.REGEX + "draft resolution\\b|Distr\\.?\\s*:?\\s*Limited");
    /** Cover lines that are never the title of a draft. */
    private static final Pattern COVER_ITEM = Pattern.compile(
            "(?i)(\\[.*|resolution adopted.*|distr\\..*|agenda item.*|original:.*|.*\\bsession\\b.*|"
                    + ".*draft resolution.*|general assembly|united nations|.*committee|\\d{2}-\\d{5}.*)");

    private CoverReader() {
    }

    static Cover read(List<Line> lines) {
        int bodyLine = findBodyStart(lines);
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
            kind = ResolutionKind.RESOLUTION;
        } else {
            boolean draft = DRAFT_WORDS.matcher(cover).find() && !ADOPTED.matcher(flat).find();
            kind = draft ? ResolutionKind.DRAFT : ResolutionKind.RESOLUTION;
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
        int bodyStart = bodyLine >= 0 ? bodyLine + 1 : titleLine >= 0 ? afterTitleBlock(lines, titleLine) : -1;
        return new Cover(symbol, session, kind, title, adopted, issued, bodyStart, bodyLine < 0 && bodyStart >= 0);
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
                if (sb.length() > 0) {
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

    private static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        // A trailing footnote asterisk or digit glued to the title's last word is not part of it.
        t = t.replaceAll("(?<=\\p{L})\\*+$", "");
        return t.toLowerCase(Locale.ROOT).equals("the general assembly,") ? "" : t;
    }
}
