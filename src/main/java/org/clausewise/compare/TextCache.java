package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clausewise.model.Clause;
import org.clausewise.model.SubParagraph;

/**
 * Tokens and profiles of texts already seen. A text of a corpus is compared with many others
 * (every pair of 200 texts compares each text 199 times), and cutting it into words is most of
 * the cost of a comparison, so it is done once. Safe for use from several threads; when it grows
 * past its bound it simply starts again, which keeps memory flat without bookkeeping.
 */
final class TextCache {
    /** A clause's tokens take some 5 KB: this bounds them near 50 MB, room for 200 texts' clauses. */
    private static final int MAX_TOKEN_LISTS = 10_000;
    /** A profile takes under 1 KB. */
    private static final int MAX_PROFILES = 40_000;

    private final Map<String, List<Token>> tokens = new ConcurrentHashMap<>();
    private final Map<Clause, TextProfile> clauseProfiles = new ConcurrentHashMap<>();
    private final Map<String, TextProfile> textProfiles = new ConcurrentHashMap<>();

    List<Token> tokens(String text) {
        return get(tokens, MAX_TOKEN_LISTS, text, () -> List.copyOf(Tokenizer.tokenize(text)));
    }

    /** A clause's lead-in and sub-paragraphs, nested ones too, read as one text. */
    TextProfile profile(Clause clause) {
        return get(clauseProfiles, MAX_PROFILES, clause, () -> {
            List<String> texts = new ArrayList<>(1 + clause.subparagraphs().size());
            texts.add(clause.text());
            addTexts(clause.subparagraphs(), texts);
            return TextProfile.of(texts.toArray(new String[0]));
        });
    }

    /** A sub-paragraph with its nested ones read as one text (its own text alone when it has none). */
    TextProfile profile(SubParagraph sub) {
        if (sub.subparagraphs().isEmpty()) {
            return profile(sub.text());
        }
        List<String> texts = new ArrayList<>();
        texts.add(sub.text());
        addTexts(sub.subparagraphs(), texts);
        return TextProfile.of(texts.toArray(new String[0]));
    }

    private static void addTexts(List<SubParagraph> subs, List<String> into) {
        for (SubParagraph s : subs) {
            into.add(s.text());
            addTexts(s.subparagraphs(), into);
        }
    }

    TextProfile profile(String text) {
        return get(textProfiles, MAX_PROFILES, text, () -> TextProfile.of(text));
    }

    private static <K, V> V get(Map<K, V> map, int max, K key, java.util.function.Supplier<V> make) {
        V v = map.get(key);
        if (v == null) {
            if (map.size() >= max) {
                map.clear();
            }
            v = make.get();
            map.put(key, v);
        }
        return v;
    }
}
