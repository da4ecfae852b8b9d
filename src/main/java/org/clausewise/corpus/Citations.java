package org.clausewise.corpus;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;

/**
 * Resolution numbers as the General Assembly cites them: "72/186" is resolution 186 of the 72nd
 * session, whose symbol is A/RES/72/186. A preamble that recalls "its resolutions … 72/186 of 19
 * December 2017" names its predecessor this way, which survives any change of title. A number is
 * kept as one int, {@code session * 100000 + number}, so a summary holds its citations compactly.
 */
final class Citations {
    /** "72/186" on its own, or as the end of the symbol "A/RES/72/186"; not inside other symbols or dates. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<=A/RES/)|(?<![\\d/]))(\\d{2,3})/(\\d{1,4})(?![\\d/])");
    private static final Pattern SYMBOL = Pattern.compile("^A/RES/(\\d{1,3})/(\\d{1,4})\\b");
    private static final int SPAN = 100_000;

    private Citations() {
    }

    /** The number of an adopted text's symbol (A/RES/72/186 → key of 72/186); -1 for no or another symbol. */
    static int numberOf(String symbol) {
        if (symbol == null) {
            return -1;
        }
        Matcher m = SYMBOL.matcher(symbol.toUpperCase(Locale.ROOT).replace(" ", ""));
        return m.find() ? key(m.group(1), m.group(2)) : -1;
    }

    /** Every "session/number" pair cited in the preamble, in order, without the text's own number. */
    static int[] citedIn(Resolution resolution) {
        Set<Integer> cited = new LinkedHashSet<>();
        for (Clause clause : resolution.preamble()) {
            Matcher m = NUMBER.matcher(clause.text());
            while (m.find()) {
                cited.add(key(m.group(1), m.group(2)));
            }
        }
        cited.remove(numberOf(resolution.symbol()));
        return cited.stream().mapToInt(Integer::intValue).toArray();
    }

    /** "72/186" for a key, as delegates write it. */
    static String text(int key) {
        return key / SPAN + "/" + key % SPAN;
    }

    static int key(String session, String number) {
        return Integer.parseInt(session) * SPAN + Integer.parseInt(number);
    }
}
