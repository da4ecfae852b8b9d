package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw text into {@link Line}s: one line per source line, with the noise that sits inside a
 * line removed (Markdown emphasis and headings, word-processor comment marks like {@code [DU1]},
 * HTML entities, tabs) and explicit footnote markers rewritten into {@link Markers}.
 */
final class LineCleaner {
    /** Word-processor comment anchors: [DU1], [A2], [JS12]. */
    /** "[1]" of web exports, "[^1]" and "[^1]:" of Markdown footnotes. */
    private static final Pattern BRACKET_MARK = Pattern.compile("\\[\\^?(\\d{1,3})\\](?::(?=\\s))?");
    private static final Pattern COMMENT_MARK = Pattern.compile("\\[[A-Z]{1,4}\\d{1,3}\\]");
    /** A barcode as printed under the job number: *2119201*. */
    private static final Pattern BARCODE = Pattern.compile("^\\*[0-9A-Z]{6,}\\*.*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    /*
     * SUP and LATEX_MARK take what stands between their delimiters whole (possessive, stripped in
     * code): "\\s*(.*?)\\s*" around it made them quadratic on a long run of spaces.
     */
    static final Pattern SUP = Pattern.compile("<sup>([^<]*+)</sup>", Pattern.CASE_INSENSITIVE);
    /** LaTeX-like marks from PDF-to-Markdown tools: $2000^2$, $^{3}$. */
    static final Pattern LATEX_MARK = Pattern.compile("\\$([^$^]*+)\\^\\s*+\\{?\\s*+([0-9*]{1,3})\\s*+\\}?\\s*+\\$");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");

    private LineCleaner() {
    }

    static List<Line> clean(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (hasRareBreaks(text)) {
            // \r\n, \r and Unicode separators all end a line, as \n does.
            text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n')
                    .replace('\u0085', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        }
        List<Line> lines = new ArrayList<>(text.length() / 60 + 16);
        char[] chars = text.toCharArray();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= chars.length; i++) {
            if (i < chars.length && chars[i] == '\f') {
                // A form feed is a page break (PDF text, pdftotext): page furniture, so the parser
                // knows a paragraph may run on across it and footnotes end there.
                if (i > start) {
                    lines.add(cleanLine(number++, chars, start, i));
                }
                lines.add(new Line(number, "", false, true));
                if (i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            } else if (i == chars.length || chars[i] == '\n') {
                lines.add(cleanLine(number++, chars, start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean hasRareBreaks(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\f') >= 0 || text.indexOf('\u000B') >= 0
                || text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
    }

    static Line cleanLine(int number, String source) {
        char[] chars = source.toCharArray();
        return cleanLine(number, chars, 0, chars.length);
    }

    private static Line cleanLine(int number, char[] chars, int from, int to) {
        boolean indented = to > from && (chars[from] == ' ' || chars[from] == '\t');
        int features = features(chars, from, to);
        if (features == 0) {
            // Plain text, the common case: nothing to clean but the ends.
            int start = from;
            int end = to;
            while (start < end && chars[start] <= ' ') {
                start++;
            }
            while (end > start && chars[end - 1] <= ' ') {
                end--;
            }
            return new Line(number, new String(chars, start, end - start), indented, false);
        }
        String source = new String(chars, from, to - from);
        String s = (features & TABS) != 0 ? source.replace('\t', ' ').strip() : source.strip();
        if (s.isEmpty()) {
            return new Line(number, s, indented, false);
        }
        if ((features & ANGLE) != 0 && s.contains("<<ODS")) {
            // ODS word-processor metadata such as <<ODS JOB NO>>N1470807E<<ODS JOB NO>>: never text.
            return new Line(number, s, indented, true);
        }
        if ((features & BRACKET) != 0) {
            s = COMMENT_MARK.matcher(s).replaceAll("");
            // Web and Markdown exports write footnote marks as "[1]" or "[^1]": as explicit as a superscript.
            s = BRACKET_MARK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(Markers.of(m.group(1))));
        }
        if (s.startsWith("*") && BARCODE.matcher(s).matches()) {
            return new Line(number, s, indented, true);
        }
        if (s.startsWith("#")) {
            s = HEADING.matcher(s).replaceFirst("");
        }
        if ((features & STAR) != 0) {
            s = InlineMarkup.removeStrong(s);
        }
        if ((features & AMPERSAND) != 0) {
            // PDF-to-Markdown tools sometimes wrap the "&" of an escaped "&lt;sup>" in a sup of its own.
            s = entities(s.replace("<sup>&</sup>", "&"));
        }
        if ((features & ANGLE) != 0) {
            s = InlineMarkup.removeHtmlTags(s);
        }
        if ((features & (ANGLE | DOLLAR | AMPERSAND | SUPERSCRIPT)) != 0) {
            s = explicitMarkers(s);
        }
        if ((features & STAR) != 0) {
            s = InlineMarkup.removeEmphasis(s);
        }
        return new Line(number, (features & SPACES) != 0 ? collapseSpaces(s) : s.strip(), indented, false);
    }

    private static final int TABS = 1;
    private static final int ANGLE = 2;
    private static final int BRACKET = 4;
    private static final int STAR = 8;
    private static final int AMPERSAND = 16;
    private static final int DOLLAR = 32;
    private static final int SUPERSCRIPT = 64;
    private static final int SPACES = 128;

    /** One pass over the line telling which cleaning steps it needs at all. */
    private static int features(char[] chars, int from, int to) {
        int f = 0;
        char prev = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',' || c == '.') {
                prev = c;
                continue;
            }
            switch (c) {
                case '\t': f |= TABS | SPACES; break;
                case '<': f |= ANGLE; break;
                case '[': f |= BRACKET; break;
                case '*': case '_': case '#': f |= STAR; break;
                case '&': f |= AMPERSAND; break;
                case '$': f |= DOLLAR; break;
                case ' ': case '\u00A0': case '\u2007': case '\u202F':
                    if (prev == ' ' || prev == '\u00A0' || prev == '\u2007' || prev == '\u202F') {
                        f |= SPACES;
                    }
                    break;
                default:
                    if (c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079') {
                        f |= SUPERSCRIPT;
                    }
            }
            prev = c;
        }
        return f;
    }

    /** Runs of spaces (plain, no-break, tab) as one plain space, trimmed. */
    static String collapseSpaces(String s) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (isSpace && space && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i - 1).append(' ');
            }
            if (sb != null) {
                if (!isSpace) {
                    sb.append(c);
                } else if (!space) {
                    sb.append(c);
                } else if (sb.charAt(sb.length() - 1) != ' ') {
                    sb.setCharAt(sb.length() - 1, ' ');
                }
            }
            space = isSpace;
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    /** Rewrites superscripts, {@code <sup>} and {@code $x^n$} into {@link Markers}; drops empty or junk sups. */
    static String explicitMarkers(String s) {
        if (s.indexOf('<') >= 0) {
            Matcher m = SUP.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String mark = InlineMarkup.stripRegexSpace(m.group(1));
                String replacement = mark.matches("\\d{1,3}|\\*{1,3}|[a-z]") ? Markers.of(mark) : "";
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        if (s.indexOf('$') >= 0) {
            Matcher m = LATEX_MARK.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(InlineMarkup.stripRegexSpace(m.group(1)) + Markers.of(m.group(2))));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        if (!hasSuperscript(s)) {
            return s;
        }
        Matcher m = SUPERSCRIPT_DIGITS.matcher(s);
        if (m.find()) {
            StringBuilder sb = new StringBuilder();
            do {
                m.appendReplacement(sb, Matcher.quoteReplacement(Markers.of(plainDigits(m.group()))));
            } while (m.find());
            m.appendTail(sb);
            s = sb.toString();
        }
        return s;
    }

    private static boolean hasSuperscript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079') {
                return true;
            }
        }
        return false;
    }

    private static String plainDigits(String superscripts) {
        StringBuilder sb = new StringBuilder();
        for (char c : superscripts.toCharArray()) {
            switch (c) {
                case '\u00B9': sb.append('1'); break;
                case '\u00B2': sb.append('2'); break;
                case '\u00B3': sb.append('3'); break;
                case '\u2070': sb.append('0'); break;
                default: sb.append((char) ('4' + (c - '\u2074')));
            }
        }
        return sb.toString();
    }

    private static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
