package org.clausewise.ingest;

import java.util.Set;

/** The words that open a preambular paragraph ("Recalling", "Deeply concerned", "Mindful"). */
final class Openers {
    /** Capitalised words that end in -ing/-ed but never open a preambular paragraph. */
    private static final Set<String> NOT_OPENERS = Set.of("United", "Beijing", "Nanjing", "Reading", "King",
            "Wellington", "Kingdom", "Nothing", "Something", "Red");
    /** Preambular openers that are neither -ing nor -ed words. */
    private static final Set<String> OPENERS = Set.of("Aware", "Mindful", "Conscious", "Cognizant", "Cognisant",
            "Deeply", "Gravely", "Seriously", "Strongly", "Further", "Also", "Desirous", "Keen", "Fully", "Firmly",
            "Equally", "Particularly", "Highly", "Profoundly", "Greatly", "In", "Confident", "Grateful",
            "Appreciative", "Anxious", "Eager", "Alert", "Sensitive");

    /** Capitalised words ending in -s that are names or nouns, not an operative verb. */
    private static final Set<String> NOT_VERBS = Set.of("States", "Nations", "Parties", "Members", "Rights",
            "Governments", "Affairs", "Islands", "Emirates", "Netherlands", "Philippines", "Bahamas", "Comoros",
            "Maldives", "Seychelles", "Barbados", "Honduras", "Grenadines", "Territories", "Organizations",
            "Peoples", "Forces", "Operations", "Goals", "Agencies", "Funds", "Programmes", "Bodies",
            "Conventions", "Protocols", "Principles", "Guidelines", "Persons", "Women", "Others", "Always", "Towards",
            "This", "Thus", "Its", "His", "Has", "Was", "Is", "As", "Does", "Yes");

    /** Words that open preambular paragraphs and hardly ever a heading ("Revised estimates …" is a heading). */
    private static final Set<String> PREAMBULAR = Set.of("Recalling", "Having", "Noting", "Reaffirming", "Welcoming",
            "Recognizing", "Stressing", "Emphasizing", "Taking", "Bearing", "Expressing", "Acknowledging",
            "Underlining", "Reiterating", "Considering", "Mindful", "Aware", "Deeply", "Convinced", "Concerned",
            "Guided", "Affirming", "Determined", "Alarmed", "Gravely", "Conscious", "Cognizant", "Believing",
            "Appreciating", "Commending", "Underscoring", "Highlighting", "Emphasising", "Recognising");

    private Openers() {
    }

    /** Opens with a word that opens preambular paragraphs and hardly ever a heading. */
    static boolean isPreambular(String t) {
        return PREAMBULAR.contains(firstWord(t));
    }

    /**
     * "Approves the report", "Decides to": a third-person verb with its object, as an operative
     * paragraph opens (numbered or not); not a name ("States Parties") or a noun.
     */
    static boolean isOperativeVerb(String t) {
        String word = firstWord(t);
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0)) || !word.endsWith("s")
                || word.endsWith("ss") || word.endsWith("us") || NOT_VERBS.contains(word)) {
            return false;
        }
        int next = word.length();
        while (next < t.length() && t.charAt(next) == ' ') {
            next++;
        }
        if (next == word.length() && next < t.length() && t.charAt(next) == ':') {
            return true; // "Decides:" then its sub-paragraphs
        }
        return next > word.length() && next < t.length() && Character.isLowerCase(t.charAt(next));
    }

    static boolean isOpener(String t) {
        String word = firstWord(t);
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || NOT_OPENERS.contains(word)) {
            return false;
        }
        return OPENERS.contains(word) || word.endsWith("ing") || word.endsWith("ed");
    }

    static String firstWord(String t) {
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }
}
