package org.clausewise.ingest.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.ingest.WordStart;

/**
 * Reads the {@link Masthead} from the first page's furniture lines (artifacts of a tagged PDF, or
 * the top and bottom bands of an untagged one). Each item is told by its own shape, so the order
 * and the exact places on the page do not matter.
 */
final class MastheadReader {
    /** A/RES/78/1, A/80/L.19, A/C.3/80/L.56/Rev.1, A/RES/ES-11/7, A/78/PV.12. */
    static final Pattern SYMBOL = Pattern.compile("(?<![\\w/])A/(?:[A-Za-z0-9.\\-]+/){1,8}[A-Za-z0-9.\\-]*[A-Za-z0-9]");
    private static final Pattern DISTRIBUTION = Pattern.compile("Distr\\.?\\s*:?\\s*(General|Limited|Restricted)\\b");
    private static final Pattern DATE = Pattern.compile(
            WordStart.REGEX + "(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\b");
    private static final Pattern ORIGINAL = Pattern.compile("Original\\s*:\\s*(\\p{L}+)");
    /** "23-20100 (E)"; a reissued document is marked "23-24915* (E)". */
    static final Pattern JOB_NUMBER = Pattern.compile(WordStart.REGEX + "(\\d{2}-\\d{5}\\*?)\\s*\\(([A-Z])\\)");
    static final Pattern BARCODE = Pattern.compile("\\*(\\d{6,8})\\*");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private MastheadReader() {
    }

    static Masthead read(List<TextLine> lines) {
        String symbol = null;
        String distribution = null;
        LocalDate date = null;
        String original = null;
        String job = null;
        String barcode = null;
        boolean afterDistribution = false;
        for (TextLine line : lines) {
            String t = line.text();
            if (line.barcode() || BARCODE.matcher(t).find()) {
                Matcher b = BARCODE.matcher(t.replace(" ", ""));
                if (barcode == null && b.find()) {
                    barcode = b.group(1);
                }
                continue;
            }
            Matcher m = SYMBOL.matcher(t);
            if (symbol == null && m.find()) {
                symbol = m.group();
            }
            m = DISTRIBUTION.matcher(t);
            if (distribution == null && m.find()) {
                distribution = m.group(1);
                afterDistribution = true;
            }
            m = DATE.matcher(t);
            // The issue date stands under "Distr.:"; a date before it would be something else.
            if (date == null && afterDistribution && m.find()) {
                date = date(m);
            }
            m = ORIGINAL.matcher(t);
            if (original == null && m.find()) {
                original = m.group(1);
            }
            m = JOB_NUMBER.matcher(t);
            if (job == null && m.find()) {
                job = m.group(1) + " (" + m.group(2) + ")";
            }
        }
        return new Masthead(symbol, distribution, date, original, job, barcode);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
