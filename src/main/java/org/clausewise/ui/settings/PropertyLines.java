package org.clausewise.ui.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The lines of a {@code .properties} file, edited in place: reading and writing a value go
 * through {@link Properties} (so escapes, {@code key: value}, continuation lines and Windows paths
 * with backslashes read as Java reads them), but only the lines of changed keys are rewritten;
 * comments, blank lines, unknown keys and the order stay as the user left them.
 */
final class PropertyLines {
    private PropertyLines() {
    }

    /** Every key's value; a later line wins, as in {@link Properties}. */
    static Map<String, String> values(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Entry e : entries(lines)) {
            if (e.key != null) {
                values.put(e.key, e.value);
            }
        }
        return values;
    }

    /**
     * Applies {@code changes} (key → new value; null removes the key): the line of a key already
     * there is replaced (its other lines, if it was given more than once, removed), a new key is added at the end.
     */
    static List<String> apply(List<String> lines, Map<String, String> changes) {
        List<String> out = new ArrayList<>(lines.size() + changes.size());
        Map<String, Boolean> written = new LinkedHashMap<>();
        for (Entry e : entries(lines)) {
            if (e.key == null || !changes.containsKey(e.key)) {
                out.addAll(lines.subList(e.from, e.to));
            } else if (changes.get(e.key) != null && written.putIfAbsent(e.key, true) == null) {
                out.add(line(e.key, changes.get(e.key)));
            }
        }
        changes.forEach((key, value) -> {
            if (value != null && !written.containsKey(key)) {
                out.add(line(key, value));
            }
        });
        return out;
    }

    /** One logical line: lines {@code from} (inclusive) to {@code to}, and its key and value (null for a comment or blank). */
    private record Entry(int from, int to, String key, String value) {
    }

    private static List<Entry> entries(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int from = i;
            String first = lines.get(i).stripLeading();
            boolean comment = first.isEmpty() || first.startsWith("#") || first.startsWith("!");
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (!comment && continues(lines.get(i)) && i + 1 < lines.size()) {
                logical.append('\n').append(lines.get(++i));
            }
            i++;
            if (comment) {
                entries.add(new Entry(from, i, null, null));
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                entries.add(new Entry(from, i, null, null)); // a malformed \\u escape: keep the line, read nothing
                continue;
            }
            String key = one.stringPropertyNames().stream().findFirst().orElse(null);
            entries.add(new Entry(from, i, key, key == null ? null : one.getProperty(key)));
        }
        return entries;
    }

    /** An odd number of backslashes at the end continues the line. */
    private static boolean continues(String line) {
        int n = 0;
        for (int k = line.length() - 1; k >= 0 && line.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** {@code key=value}, escaped as {@link Properties#store} escapes it. */
    private static String line(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter w = new StringWriter();
        try {
            one.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> stored = w.toString().lines().filter(l -> !l.startsWith("#")).toList();
        return stored.get(stored.size() - 1);
    }
}
