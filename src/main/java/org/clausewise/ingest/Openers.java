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

    private Openers() {
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
