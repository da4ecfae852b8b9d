package org.clausewise.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as UN texts print them ("19 December 2017") and session names ("Sixty-seventh session"). */
final class EnglishDates {
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    static final Pattern DATE = Pattern.compile(WordStart.REGEX + "(\\d{1,2})\\s+(" + MONTHS + ")\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_WORD = Pattern.compile("(?:" + MONTHS + ")\\b.*");
    private static final Pattern SESSION = Pattern.compile(
            WordStart.REGEX + "((?:One hundred(?: and)? )?[A-Za-z]+(?:[-\u2011 ][a-z]+)?) session\\b", Pattern.CASE_INSENSITIVE);

    private static final List<String> UNITS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> TENTHS = Map.of("twentieth", 20, "thirtieth", 30, "fortieth", 40,
            "fiftieth", 50, "sixtieth", 60, "seventieth", 70, "eightieth", 80, "ninetieth", 90);

    private EnglishDates() {
    }

    /** The first date in {@code text}, or null. */
    static LocalDate firstDate(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = toDate(m);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate toDate(Matcher m) {
        int month = List.of(MONTHS.split("\\|")).indexOf(m.group(2)) + 1;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** True when {@code text} starts with a month name: "5 December 2014" is a date, not footnote 5. */
    static boolean startsWithMonth(String text) {
        return MONTH_WORD.matcher(text).matches();
    }

    /** The session number named in {@code text} ("Sixty-seventh session" gives 67), or null. */
    static Integer sessionNamed(String text) {
        Matcher m = SESSION.matcher(text);
        while (m.find()) {
            Integer n = ordinal(m.group(1));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** "sixty-seventh" → 67, "One hundred and first" → 101; null when the words are not an ordinal. */
    static Integer ordinal(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('\u2011', '-').strip();
        int base = 0;
        if (w.startsWith("one hundred")) {
            base = 100;
            w = w.replaceFirst("^one hundred( and)?\\s*", "");
            if (w.isEmpty() || w.equals("th")) {
                return 100;
            }
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 1) {
            int unit = UNITS.indexOf(parts[0]);
            if (unit > 0) {
                return base + unit;
            }
            Integer tenth = TENTHS.get(parts[0]);
            return tenth == null ? null : base + tenth;
        }
        if (parts.length == 2 && TENS.containsKey(parts[0])) {
            int unit = UNITS.indexOf(parts[1]);
            if (unit > 0 && unit < 10) {
                return base + TENS.get(parts[0]) + unit;
            }
        }
        return null;
    }
}
