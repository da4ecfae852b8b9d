package org.clausewise.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;

/**
 * A library of many texts for the corpus benchmark, written as files the parser reads like any
 * other: real texts grown by perturbing them (as {@code bench compare} does), each copy a session
 * further back with its own symbol, so a library of 10,000 texts has real series to group.
 */
final class BenchLibrary {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private BenchLibrary() {
    }

    /** Writes {@code size} texts into {@code folder}; returns how many bytes were written. */
    static long write(List<Resolution> real, int size, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Resolution> grown = CompareBench.grow(real, size);
        long bytes = 0;
        for (int t = 0; t < grown.size(); t++) {
            int copy = t / real.size();
            int base = t % real.size();
            Resolution r = grown.get(t);
            int session = 20 + copy;
            String symbol = r.kind() == ResolutionKind.RESOLUTION ? "A/RES/" + session + "/" + (base + 1) : null;
            LocalDate date = (r.date() == null ? LocalDate.of(2000, 12, 1) : r.date()).withYear(1945 + session);
            byte[] text = render(r, symbol, session, date).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format(Locale.ROOT, "text-%05d.txt", t)), text);
            bytes += text.length;
        }
        return bytes;
    }

    /** The text as the General Assembly lays it out, plainly: masthead, title, preamble, operative part. */
    static String render(Resolution r, String symbol, int session, LocalDate date) {
        StringBuilder sb = new StringBuilder();
        sb.append("United Nations\n").append(symbol == null ? "A/C.3/" + session + "/L.1" : symbol).append("\n")
                .append("General Assembly\n\n");
        if (symbol == null) {
            sb.append("Draft resolution\n\n");
        } else {
            sb.append("Resolution adopted by the General Assembly on ").append(DATE.format(date)).append("\n\n");
        }
        String number = symbol == null ? "" : symbol.substring("A/RES/".length()) + ". ";
        sb.append(number).append(r.title() == null ? "Untitled" : r.title()).append("\n\n");
        sb.append("The General Assembly,\n\n");
        for (Clause c : r.preamble()) {
            sb.append(c.text()).append("\n\n");
        }
        List<Clause> operative = new ArrayList<>(r.operative());
        for (int i = 0; i < operative.size(); i++) {
            Clause c = operative.get(i);
            sb.append(i + 1).append(".\t").append(c.text()).append("\n\n");
            for (SubParagraph sub : c.subparagraphs()) {
                sb.append("\t(").append(sub.label()).append(")\t").append(sub.text()).append("\n\n");
            }
        }
        return sb.toString();
    }
}
