package org.clausewise.cli;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.present.Run;

/**
 * Presentation runs as terminal text, as {@code git diff --word-diff} writes a change: deleted
 * words as {@code [-old-]}, inserted words as {@code {+new+}}; a replacement reads
 * "held [-at-]{+in+} Durban". Line breaks (before sub-paragraphs) split the text into lines.
 */
final class RunText {
    private RunText() {
    }

    static String brackets(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            switch (run.mark()) {
                case DELETED:
                    sb.append("[-").append(run.text()).append("-]");
                    break;
                case INSERTED:
                    sb.append("{+").append(run.text()).append("+}");
                    break;
                default:
                    if (!isSpaceBetweenDeletionAndInsertion(runs, i)) {
                        sb.append(run.text());
                    }
            }
        }
        return sb.toString();
    }

    private static boolean isSpaceBetweenDeletionAndInsertion(List<Run> runs, int i) {
        return i > 0 && i + 1 < runs.size() && runs.get(i).text().isBlank()
                && runs.get(i - 1).mark() == Run.Mark.DELETED && runs.get(i + 1).mark() == Run.Mark.INSERTED;
    }

    /** The runs cut at their line breaks, each line as bracketed text. */
    static List<String> lines(List<Run> runs) {
        List<String> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        for (Run run : runs) {
            if (run.role() == Run.Role.BREAK) {
                lines.add(brackets(line));
                line = new ArrayList<>();
            } else {
                line.add(run);
            }
        }
        lines.add(brackets(line));
        return lines;
    }
}
