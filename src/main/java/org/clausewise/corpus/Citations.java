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
 * December 2017" names its predecessor this way, which survives any change of title.
 */
final class Citations {
    /** "72/186" on its own, or as the end of the symbol "A/RES/72/186"; not inside other symbols or dates. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<=A/RES/)|(?<![\\d/]))(\\d{2,3})/(\\d{1,4})(?![\\d/])");
    private static final Pattern SYMBOL = Pattern.compile("(\\d{1,3})/(\\d{1,4})\\s*$");

    private Citations() {
    }

    /** "72/186" for A/RES/72/186; null for a text without a symbol (most drafts). */
    static String numberOf(Resolution resolution) {
        String symbol = resolution.symbol();
        if (symbol == null) {
            return null;
        }
        Matcher m = SYMBOL.matcher(symbol.toUpperCase(Locale.ROOT));
        return m.find() ? key(m.group(1), m.group(2)) : null;
    }

    /** Every "session/number" pair cited in the preamble, in order, without the text's own number. */
    static Set<String> citedIn(Resolution resolution) {
        Set<String> cited = new LinkedHashSet<>();
        for (Clause clause : resolution.preamble()) {
            Matcher m = NUMBER.matcher(clause.text());
            while (m.find()) {
                cited.add(key(m.group(1), m.group(2)));
            }
        }
        cited.remove(numberOf(resolution));
        return cited;
    }

    private static String key(String session, String number) {
        return Integer.parseInt(session) + "/" + Integer.parseInt(number);
    }
}
