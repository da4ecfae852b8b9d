package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.DocumentInfo;

/**
 * Reads what the masthead and the adoption line say about a document: distribution, issue date,
 * job number, Committee, the draft or report it was adopted on, agenda items and sponsors.
 */
final class DocumentInfoReader {
    private static final Pattern DISTR = Pattern.compile("Distr\\.?\\s*:?\\s*(General|Limited|Restricted)\\b");
    private static final Pattern JOB = Pattern.compile("(\\d{2}-\\d{5})(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}\\s*");
    private static final Pattern ON_REPORT = Pattern.compile(
            "\\[on the report of the (.+?)\\s*\\((A/[^,)\\]\\s]+)");
    private static final Pattern WITHOUT_COMMITTEE = Pattern.compile(
            "\\[without reference to a Main Committee\\s*\\((A/[^,)\\]\\s]+)");
    private static final Pattern COMMITTEE = Pattern.compile(
            "Special Political and Decolonization Committee(?: \\(Fourth Committee\\))?|"
                    + "(?:First|Second|Third|Fourth|Fifth|Sixth) Committee");
    private static final Pattern AGENDA = Pattern.compile("Agenda items?\\s+(.+)");
    /** What an amendment's sponsor line names after its sponsors: "amendment to draft resolution A/80/L.18". */
    private static final Pattern AMENDMENT_TO = Pattern.compile(
            "amendments? to (?:the )?draft (?:resolution|decision)\\b", Pattern.CASE_INSENSITIVE);
    /** Member States whose names hold an "and", kept whole when a sponsor list is split. */
    private static final Set<String> NAMES_WITH_AND = Set.of("Antigua and Barbuda", "Bosnia and Herzegovina",
            "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe",
            "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland",
            "Heard Island and McDonald Islands", "Turks and Caicos Islands", "Wallis and Futuna Islands");

    private DocumentInfoReader() {
    }

    /**
     * @param cover the cover's lines (before the body), markers stripped
     * @param all   every line of the text, for the job number printed at the foot of the first page
     */
    static DocumentInfo read(List<String> cover, List<Line> all, java.time.LocalDate issued) {
        String flat = LineCleaner.collapseSpaces(String.join(" ", cover));
        Matcher distr = DISTR.matcher(flat);
        String distribution = distr.find() ? distr.group(1) : null;
        String committee = null;
        String adoptedOn = null;
        Matcher report = ON_REPORT.matcher(flat);
        Matcher without = WITHOUT_COMMITTEE.matcher(flat);
        if (report.find()) {
            committee = report.group(1).strip();
            adoptedOn = report.group(2);
        } else if (without.find()) {
            adoptedOn = without.group(1);
        } else {
            Matcher c = COMMITTEE.matcher(flat);
            committee = c.find() ? c.group() : null;
        }
        return new DocumentInfo(distribution, issued, jobNumber(all), committee, trimSymbol(adoptedOn),
                agendaItems(cover), sponsors(cover));
    }

    private static String jobNumber(List<Line> all) {
        for (int i = 0; i < all.size() && i < 400; i++) {
            String t = all.get(i).text();
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                Matcher m = JOB.matcher(t);
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static List<String> agendaItems(List<String> cover) {
        for (String line : cover) {
            Matcher m = AGENDA.matcher(line.strip());
            if (m.matches()) {
                List<String> items = new ArrayList<>();
                for (String item : m.group(1).split(",\\s*|\\s+and\\s+")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                return items;
            }
        }
        return List.of();
    }

    /** The sponsors named before ": draft resolution", the list running back over lines that end with a comma. */
    static List<String> sponsors(List<String> cover) {
        for (int i = 0; i < cover.size(); i++) {
            String sponsors = sponsorsBefore(cover.get(i).strip());
            if (sponsors == null) {
                continue;
            }
            StringBuilder names = new StringBuilder(sponsors.strip());
            int k = i - 1;
            if (names.length() == 0 && k >= 0 && cover.get(k).strip().endsWith(":")) {
                // "Austria, France and Spain:" then "draft decision" on the next line.
                names.append(cover.get(k).strip(), 0, cover.get(k).strip().length() - 1);
                k--;
            }
            while (k >= 0 && cover.get(k).strip().endsWith(",")) {
                names.insert(0, cover.get(k).strip() + " ");
                k--;
            }
            return split(names.toString());
        }
        return List.of();
    }

    /**
     * The sponsors on the line that names what the document is ("France and Spain:* draft
     * resolution", "Russian Federation:* amendment to draft resolution A/80/L.18"), or null when the
     * line is not that line. What the regular expression
     * {@code (.*?):?\**\s*(draft resolution|draft decision|amendments? to (?:the )?draft (?:resolution|decision)\b.*)}
     * matched, found by a scan: on a long run of stars or spaces the expression was quadratic (a
     * line of 47,000 stars took 30 s; found by bench fuzz).
     */
    static String sponsorsBefore(String line) {
        int at = -1;
        Matcher amendment = AMENDMENT_TO.matcher(line);
        if (amendment.find()) {
            at = amendment.start();
        } else if (endsWithIgnoreCase(line, "draft resolution")) {
            at = line.length() - "draft resolution".length();
        } else if (endsWithIgnoreCase(line, "draft decision")) {
            at = line.length() - "draft decision".length();
        }
        if (at < 0) {
            return null;
        }
        // The shortest sponsors: what stands before the spaces, the stars and one colon.
        int end = at;
        while (end > 0 && InlineMarkup.isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && line.charAt(end - 1) == '*') {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == ':') {
            end--;
        }
        return line.substring(0, end);
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static List<String> split(String names) {
        String s = LineCleaner.collapseSpaces(names.replace("*", ""));
        if (s.isEmpty() || s.length() > 3000) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(",\\s*")) {
            String p = part.strip();
            int and = p.lastIndexOf(" and ");
            if (and > 0 && !NAMES_WITH_AND.contains(p) && !endsWithNameWithAnd(p)) {
                out.add(p.substring(0, and).strip());
                out.add(p.substring(and + 5).strip());
            } else if (and > 0 && !NAMES_WITH_AND.contains(p)) {
                String name = nameWithAndAtEnd(p);
                String before = p.substring(0, p.length() - name.length()).strip();
                if (before.endsWith(" and")) {
                    out.add(before.substring(0, before.length() - 4).strip());
                }
                out.add(name);
            } else if (!p.isEmpty()) {
                out.add(p);
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean endsWithNameWithAnd(String p) {
        return nameWithAndAtEnd(p) != null;
    }

    private static String nameWithAndAtEnd(String p) {
        for (String name : NAMES_WITH_AND) {
            if (p.endsWith(name)) {
                return name;
            }
        }
        return null;
    }

    private static String trimSymbol(String s) {
        return s == null ? null : s.replaceAll("[.;:]+$", "");
    }
}
