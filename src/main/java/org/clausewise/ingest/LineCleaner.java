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
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\f\u2028\u2029\u000B\u0085]");
    /** Word-processor comment anchors: [DU1], [A2], [JS12]. */
    private static final Pattern COMMENT_MARK = Pattern.compile("\\[[A-Z]{1,4}\\d{1,3}\\]");
    /** A barcode as printed under the job number: *2119201*. */
    private static final Pattern BARCODE = Pattern.compile("^\\*[0-9A-Z]{6,}\\*.*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SUP = Pattern.compile("<sup>\\s*([^<]*?)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    /** LaTeX-like marks from PDF-to-Markdown tools: $2000^2$, $^{3}$. */
    private static final Pattern LATEX_MARK = Pattern.compile("\\$\\s*([^$^]*?)\\s*\\^\\s*\\{?\\s*([0-9*]{1,3})\\s*\\}?\\s*\\$");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?=[^\\s*_])([^*\\n]*?[^\\s*])[*_](?![\\w*])");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");
    private static final Pattern SPACES = Pattern.compile("[ \t\u00A0\u2007\u202F]{2,}");

    private LineCleaner() {
    }

    static List<Line> clean(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String[] parts = LINE_BREAK.split(text, -1);
        List<Line> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(cleanLine(i + 1, parts[i]));
        }
        return lines;
    }

    static Line cleanLine(int number, String source) {
        String s = source;
        boolean indented = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(0) == '\t');
        s = s.replace('\t', ' ').strip();
        if (s.contains("<<ODS")) {
            // ODS word-processor metadata such as <<ODS JOB NO>>N1470807E<<ODS JOB NO>>: never text.
            return new Line(number, s, indented, true);
        }
        s = COMMENT_MARK.matcher(s).replaceAll("");
        if (BARCODE.matcher(s).matches()) {
            return new Line(number, s, indented, true);
        }
        s = HEADING.matcher(s).replaceFirst("");
        s = s.replace("**", "");
        // PDF-to-Markdown tools sometimes wrap the "&" of an escaped "&lt;sup>" in a sup of its own.
        s = entities(s.replace("<sup>&</sup>", "&"));
        s = explicitMarkers(s);
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return new Line(number, s, indented, false);
    }

    /** Rewrites superscripts, {@code <sup>} and {@code $x^n$} into {@link Markers}; drops empty or junk sups. */
    static String explicitMarkers(String s) {
        if (s.indexOf('<') >= 0) {
            Matcher m = SUP.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String mark = m.group(1);
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
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + Markers.of(m.group(2))));
            }
            m.appendTail(sb);
            s = sb.toString();
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
