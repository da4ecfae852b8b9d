package org.clausewise.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Texts that are in the library more than once: files of the same symbol (the official PDF of a
 * resolution beside the bundled text of it) or of the same content (a file copied into a second
 * folder). Each group has a key that does not depend on where the files are, so a choice about it
 * ({@link LibraryChoices}) holds when a folder is added again or moved.
 */
public final class Duplicates {
    private Duplicates() {
    }

    /**
     * One text found in several files.
     *
     * @param key     "symbol:A/RES/79/175", or "content:" and the SHA-256 for a text without a symbol
     * @param entries the files, in library order
     */
    public record Group(String key, List<CorpusEntry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }

        /** The files' folders, in the order of {@link #entries()}. */
        public List<Path> folders() {
            return entries.stream().map(e -> e.source().toAbsolutePath().normalize().getParent()).toList();
        }
    }

    /** The groups of two files or more, in the order their first file comes. */
    public static List<Group> find(List<CorpusEntry> entries) {
        int[] parent = new int[entries.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> bySymbol = new HashMap<>();
        Map<String, Integer> byContent = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CorpusEntry e = entries.get(i);
            String symbol = e.summary().symbol();
            if (symbol != null && !symbol.isBlank()) {
                union(parent, i, bySymbol.computeIfAbsent(symbol.toUpperCase(Locale.ROOT), s -> -1), bySymbol,
                        symbol.toUpperCase(Locale.ROOT));
            }
            if (e.contentHash() != null) {
                union(parent, i, byContent.computeIfAbsent(e.contentHash(), s -> -1), byContent, e.contentHash());
            }
        }
        Map<Integer, List<CorpusEntry>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(entries.get(i));
        }
        List<Group> found = new ArrayList<>();
        for (List<CorpusEntry> g : groups.values()) {
            if (g.size() > 1) {
                found.add(new Group(key(g), g));
            }
        }
        return found;
    }

    private static void union(int[] parent, int i, int first, Map<String, Integer> seen, String value) {
        if (first < 0) {
            seen.put(value, i);
        } else {
            parent[root(parent, i)] = root(parent, first);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String key(List<CorpusEntry> group) {
        for (CorpusEntry e : group) {
            if (e.summary().symbol() != null && !e.summary().symbol().isBlank()) {
                return "symbol:" + e.summary().symbol().toUpperCase(Locale.ROOT);
            }
        }
        return "content:" + group.stream().map(CorpusEntry::contentHash).filter(h -> h != null).sorted().findFirst()
                .orElse("?");
    }
}
