package org.clausewise.lineage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.model.Part;

/**
 * A clause named the way delegates name it: "OP 8 of A/RES/69/179", "PP 3 of A/RES/67/169". The
 * text may also be named by its file ("OP 12 of A-67-draft-Third-Committee.txt", with or without
 * the extension), which is the only way to name a draft without a symbol. "operative 8",
 * "preambular 3" and "in" for "of" are accepted too.
 *
 * @param text the symbol or file name as the user wrote it
 */
public record ClauseReference(Part part, int number, String text) {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(OP|PP|operative(?:\\s+paragraph)?|preambular(?:\\s+paragraph)?|preamble)\\s*(\\d{1,4})"
                    + "\\s+(?:of|in)\\s+(\\S.*?)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The form a user is told about when a reference does not parse. */
    public static final String EXAMPLE = "\"OP 8 of A/RES/69/179\" or \"PP 3 of FILE.txt\"";

    /** Parses a reference; the exception's message is one line a user can act on. */
    public static ClauseReference parse(String s) {
        Matcher m = FORM.matcher(s == null ? "" : s);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the clause '" + s + "'; name it like " + EXAMPLE);
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        Part part = kind.startsWith("op") ? Part.OPERATIVE : Part.PREAMBLE;
        int number = Integer.parseInt(m.group(2));
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1: '" + s + "'");
        }
        return new ClauseReference(part, number, m.group(3));
    }

    /** Whether this reference names the text of this entry, by symbol or by file name. */
    public boolean names(CorpusEntry entry) {
        String want = text.strip();
        String symbol = entry.resolution().symbol();
        if (symbol != null && (symbol.equalsIgnoreCase(want) || symbol.replace('/', '-').equalsIgnoreCase(want))) {
            return true;
        }
        String file = entry.fileName();
        if (file.equalsIgnoreCase(want) || stem(file).equalsIgnoreCase(want)) {
            return true;
        }
        try {
            return entry.source().toAbsolutePath().normalize().equals(Path.of(want).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false; // not a path on this system: it named nothing
        }
    }

    @Override
    public String toString() {
        return part.abbreviation() + " " + number + " of " + text;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
