package org.clausewise.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.ResolutionKind;

/**
 * The cover of an amendment: "Russian Federation:* amendment to draft resolution A/80/L.18", then
 * the draft's title, then the instructions ("Delete the thirty-eighth preambular paragraph …").
 */
final class AmendmentCover {
    /** Where an amendment says what it amends; the draft's symbol may wrap onto the next line. */
    private static final Pattern AMENDS = Pattern.compile(
            "(?i).*" + WordStart.REGEX + "amendments? to (?:the )?draft (?:resolution|decision)\\b\\s*(.*)");
    /** The first words of an instruction: "Delete …", "In operative paragraph 5, …", "2. After …". */
    static final Pattern INSTRUCTION = Pattern.compile(
            "(?:\\d{1,2}\\s*\\.\\s*)?(?:Delete|Replace|Insert|Add|After|Before|In|At the end|Amend|Renumber|Move)\\b.*");
    /** An amendment's cover is short; the phrase further down would be a clause citing one. */
    private static final int COVER_LINES = 80;

    private AmendmentCover() {
    }

    /** The line saying "amendment to draft resolution …", or -1 when the text is not an amendment. */
    static int find(List<Line> lines) {
        for (int i = 0; i < lines.size() && i < COVER_LINES; i++) {
            String t = lines.get(i).text();
            if (t.contains("mendment") && AMENDS.matcher(Markers.strip(t)).matches()) {
                // A draft's title may name an amendment ("… amendment to the Convention"): never one to a draft.
                return t.toLowerCase(java.util.Locale.ROOT).contains("the general assembly") ? -1 : i;
            }
            if (t.startsWith("The General Assembly")) {
                return -1;
            }
        }
        return -1;
    }

    static Cover read(List<Line> lines, int amendsLine) {
        List<String> cover = CoverReader.coverLines(lines, amendsLine + 1);
        String head = String.join("\n", cover);
        Matcher own = CoverReader.DRAFT_SYMBOL.matcher(head);
        String symbol = null;
        Integer session = null;
        if (own.find() && own.start() < head.length() - lines.get(amendsLine).text().length()) {
            symbol = own.group();
            session = Integer.valueOf(own.group(1));
        }
        String amends = amended(lines, amendsLine);
        if (session == null && amends != null) {
            Matcher m = CoverReader.DRAFT_SYMBOL.matcher(amends);
            session = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        String flat = LineCleaner.collapseSpaces(head.replace('\n', ' '));
        if (session == null) {
            session = EnglishDates.sessionNamed(flat);
        }
        int i = amendsLine + 1;
        if (amends != null && i < lines.size() && !lines.get(amendsLine).text().contains(amends)) {
            i++; // the symbol on the next line
        }
        StringBuilder title = new StringBuilder();
        int titleLines = 0;
        while (i < lines.size() && (lines.get(i).blank() || lines.get(i).furniture())) {
            i++;
        }
        while (i < lines.size() && titleLines < 6 && !lines.get(i).blank()
                && !INSTRUCTION.matcher(Markers.strip(lines.get(i).text())).matches()) {
            title.append(Markers.strip(lines.get(i).text())).append(' ');
            titleLines++;
            i++;
        }
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        LocalDate issued = issued(flat);
        String t = CoverReader.tidy(title.toString());
        return new Cover(symbol, session, ResolutionKind.AMENDMENT, t.isEmpty() ? null : t, null, issued,
                i < lines.size() ? i : -1, false, DocumentInfoReader.read(cover, lines, issued), amends, null);
    }

    private static String amended(List<Line> lines, int amendsLine) {
        Matcher m = AMENDS.matcher(Markers.strip(lines.get(amendsLine).text()));
        String rest = m.matches() ? m.group(1) : "";
        if (amendsLine + 1 < lines.size()) {
            rest = rest + " " + Markers.strip(lines.get(amendsLine + 1).text());
        }
        Matcher sym = CoverReader.DRAFT_SYMBOL.matcher(rest);
        return sym.find() ? sym.group() : null;
    }

    private static LocalDate issued(String flat) {
        int distr = flat.indexOf("Distr");
        return distr < 0 ? null : EnglishDates.firstDate(flat.substring(distr));
    }
}
