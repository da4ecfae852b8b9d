package org.clausewise.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the command line's output: maps (insertion-ordered), lists, strings,
 * numbers, booleans and null, pretty-printed with two-space indents, or on one line for JSON Lines.
 * Enough for our contract, and no dependency to ship. Besides the controls JSON requires escaped,
 * DEL, C1 controls, the bidirectional overrides and the line separators are escaped too
 * (<code>&#92;u202e</code>): the same string to a JSON reader, and nothing that can steer a terminal.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    /** The same value on one line, with no line breaks: one record of JSON Lines. */
    public static String writeLine(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, -1);
        return sb.toString();
    }

    /** {@code indent} < 0: one line, no padding. */
    private static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String) {
            quote(sb, (String) v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            sb.append(Double.isFinite(d) ? String.valueOf(Math.round(d * 10000) / 10000.0) : "null");
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) v;
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            newline(sb, indent);
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                pad(sb, deeper(indent));
                quote(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), deeper(indent));
                separator(sb, indent, it.hasNext());
            }
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof List) {
            List<?> list = (List<?>) v;
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            newline(sb, indent);
            for (int i = 0; i < list.size(); i++) {
                pad(sb, deeper(indent));
                write(sb, list.get(i), deeper(indent));
                separator(sb, indent, i + 1 < list.size());
            }
            pad(sb, indent);
            sb.append(']');
        } else {
            quote(sb, v.toString());
        }
    }

    private static int deeper(int indent) {
        return indent < 0 ? indent : indent + 1;
    }

    private static void newline(StringBuilder sb, int indent) {
        if (indent >= 0) {
            sb.append('\n');
        }
    }

    private static void separator(StringBuilder sb, int indent, boolean more) {
        if (more) {
            sb.append(indent < 0 ? ", " : ",\n");
        } else {
            newline(sb, indent);
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        if (indent > 0) {
            sb.append("  ".repeat(indent));
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                            || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
