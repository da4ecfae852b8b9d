package org.clausewise.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed texts of fuzzing: every file under the given folders, in path order (the same on every run). */
public final class Seeds {
    private Seeds() {
    }

    /**
     * Up to {@code max} PDF files under {@code folder} (every n-th in path order, so both sessions
     * and the odd shapes are among them); none when the folder is missing.
     */
    public static List<byte[]> pdfs(Path folder, int max) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> seeds = new ArrayList<>();
        int step = Math.max(1, files.size() / Math.max(1, max));
        for (int i = 0; i < files.size() && seeds.size() < max; i += step) {
            try {
                seeds.add(Files.readAllBytes(files.get(i)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    public static List<byte[]> load(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<byte[]> seeds = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                seeds.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }
}
