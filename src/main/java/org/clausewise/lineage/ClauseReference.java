package org.clausewise.lineage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;

/**
 * A clause named the way delegates name it: "OP 8 of A/RES/69/179", "PP 3 of A/RES/67/169", and in
 * a text whose numbering restarts per section "OP IV.3 of A/RES/79/258" (section IV, paragraph 3);
 * an annex's clause as "Annex I ¶ 3 of …" or "Annex art. 5 of …" (its label as shown). The text may
 * also be named by its file ("OP 12 of A-67-draft-Third-Committee.txt", with or without the
 * extension), which is the only way to name a draft without a symbol. "operative 8",
 * "preambular 3" and "in" for "of" are accepted too.
 *
 * @param section the section path given ("IV", "IV.A"), or null when none was
 * @param label   the clause's label as given, for an annex's clause ("Annex I ¶ 3"); null otherwise
 * @param text    the symbol or file name as the user wrote it
 */
public record ClauseReference(Part part, int number, String text, String section, String label) {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(OP|PP|operative(?:\\s+paragraph)?|preambular(?:\\s+paragraph)?|preamble)\\s*"
                    + "(?:([A-Z0-9]+(?:\\.[A-Z0-9]+)*)\\.)?(\\d{1,4})"
                    + "\\s+(?:of|in)\\s+(\\S.*?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNEX = Pattern.compile(
            "\\s*(Annex(?:\\s+[A-Z0-9]+)?\\s+(?:\u00B6|para\\.?|PP|art\\.|rule)\\s*(?:[A-Z0-9]+\\.)?(\\d{1,4}))"
                    + "\\s+(?:of|in)\\s+(\\S.*?)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The form a user is told about when a reference does not parse. */
    public static final String EXAMPLE = "\"OP 8 of A/RES/69/179\", \"OP IV.3 of A/RES/79/258\" or \"PP 3 of FILE.txt\"";

    /** A body clause named by part and number only (the first release's form). */
    public ClauseReference(Part part, int number, String text) {
        this(part, number, text, null, null);
    }

    /** Parses a reference; the exception's message is one line a user can act on. */
    public static ClauseReference parse(String s) {
        String given = s == null ? "" : s;
        Matcher a = ANNEX.matcher(given);
        if (a.matches()) {
            return new ClauseReference(Part.ANNEX, Integer.parseInt(a.group(2)), a.group(3), null,
                    a.group(1).replaceAll("\\s+", " ").replace("para.", "\u00B6").replace("para ", "\u00B6 "));
        }
        Matcher m = FORM.matcher(given);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the clause '" + s + "'; name it like " + EXAMPLE);
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        Part part = kind.startsWith("op") ? Part.OPERATIVE : Part.PREAMBLE;
        int number = Integer.parseInt(m.group(3));
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1: '" + s + "'");
        }
        return new ClauseReference(part, number, m.group(4), m.group(2), null);
    }

    /**
     * Whether this reference names this clause: same part and number, and the same section when one
     * was given; an annex's clause by its label.
     */
    public boolean names(Clause clause) {
        if (clause.part() != part) {
            return false;
        }
        if (label != null) {
            return clause.label().replaceAll("\\s+", " ").equalsIgnoreCase(label);
        }
        return clause.number() == number && (section == null || section.equalsIgnoreCase(clause.section()));
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

    /** The clause as named: "OP 8", "OP IV.3", "Annex I ¶ 3". */
    public String clauseLabel() {
        if (label != null) {
            return label;
        }
        return part.abbreviation() + " " + (section == null ? "" : section + ".") + number;
    }

    @Override
    public String toString() {
        return clauseLabel() + " of " + text;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
