package org.clausewise.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A small text file the user owns and may edit by hand (the library list, the settings): read
 * whole, lines kept exactly as they are so that a save changes only the lines it means to, and
 * judged unreadable — rather than read as empty — when it cannot be read, is not UTF-8 or holds
 * bytes that are not text. An unreadable file is never written over: the caller tells the user
 * and, if they agree, keeps it as a backup ({@link #keepAsBackup}) before starting afresh.
 */
public final class UserTextFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /**
     * What a read found.
     *
     * @param lines   the lines as they are (for an unreadable file: those that could be made out, maybe none)
     * @param lineEnd "\n", or "\r\n" for a file written on Windows (kept on save)
     * @param problem why the file cannot be trusted, in a user's words; null when it was read well
     */
    public record Contents(List<String> lines, String lineEnd, String problem) {
        public Contents {
            lines = List.copyOf(lines);
        }

        public boolean readable() {
            return problem == null;
        }
    }

    private UserTextFile() {
    }

    /** A missing file is an empty, readable one. */
    public static Contents read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            return new Contents(List.of(), "\n", null);
        }
        if (!Files.isRegularFile(file)) {
            return new Contents(List.of(), "\n", "it is not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            return new Contents(List.of(), "\n", "permission denied");
        } catch (IOException e) {
            return new Contents(List.of(), "\n", SafeFile.reason(e));
        }
        String text = new String(bytes, StandardCharsets.UTF_8); // lenient: what can be made out
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = text.lines().toList();
        return new Contents(lines, lineEnd, problem(bytes, lines));
    }

    private static String problem(byte[] bytes, List<String> lines) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return "it is not UTF-8 text" + lineOf(lines, '\uFFFD');
        }
        for (int i = 0; i < lines.size(); i++) {
            for (char c : lines.get(i).toCharArray()) {
                if (c < ' ' && c != '\t' && c != '\f' || c == '\u007F') {
                    return "it holds bytes that are not text (line " + (i + 1) + ")";
                }
            }
        }
        return null;
    }

    private static String lineOf(List<String> lines, char bad) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf(bad) >= 0) {
                return " (line " + (i + 1) + ")";
            }
        }
        return "";
    }

    /** Writes the lines through {@link SafeFile}, making the folder if needed. */
    public static void write(Path file, List<String> lines, String lineEnd) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append(lineEnd);
        }
        SafeFile.of(file, List.of()).creatingFolder().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Moves {@code file} aside as {@code NAME.bak-YYYYMMDD-HHMMSS} (never over another backup) and
     * returns where it went; the caller then writes a fresh file.
     */
    public static Path keepAsBackup(Path file) throws IOException {
        String base = file.getFileName() + ".bak-" + LocalDateTime.now().format(STAMP);
        Path backup = file.resolveSibling(base);
        for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
            backup = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, backup, StandardCopyOption.ATOMIC_MOVE);
        return backup;
    }
}
