package org.clausewise.corpus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.clausewise.model.Resolution;

/**
 * One text of the library: the file it was read from, its {@link TextSummary}, and the way to its
 * whole parsed text. A text read for this run only holds its {@link Resolution}; a text from the
 * index holds just its summary and reads the whole text from the index when it is opened, so a
 * library of many thousands of texts keeps only what lists and groups them in memory.
 */
public final class CorpusEntry {
    private final Path source;
    private final TextSummary summary;
    private final Resolution held;
    private final TextOpener opener;
    /** SHA-256 of the file's bytes when known (texts from the index), else null. */
    private final String contentHash;
    /** When the file was read, or null when not known. */
    private final Instant readAt;

    /** A text held in memory as parsed. */
    public CorpusEntry(Path source, Resolution resolution) {
        this(source, TextSummary.of(Objects.requireNonNull(resolution, "resolution")), resolution, null, null,
                Instant.now());
    }

    private CorpusEntry(Path source, TextSummary summary, Resolution held, TextOpener opener, String contentHash,
                        Instant readAt) {
        this.source = Objects.requireNonNull(source, "source");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.held = held;
        this.opener = opener;
        this.contentHash = contentHash;
        this.readAt = readAt;
    }

    /** A text whose whole form is read when it is opened. */
    static CorpusEntry indexed(Path source, TextSummary summary, TextOpener opener) {
        return indexed(source, summary, opener, null, null);
    }

    /** The same, with what the index knows of the file: its content hash and when it was read. */
    static CorpusEntry indexed(Path source, TextSummary summary, TextOpener opener, String contentHash, Instant readAt) {
        return new CorpusEntry(source, summary, null, Objects.requireNonNull(opener, "opener"), contentHash, readAt);
    }

    /** The SHA-256 of the file's bytes, or null when not known: two files of one content are one text twice. */
    public String contentHash() {
        return contentHash;
    }

    /** When Clausewise read the file, or null when not known. */
    public Instant readAt() {
        return readAt;
    }

    public Path source() {
        return source;
    }

    public TextSummary summary() {
        return summary;
    }

    /**
     * The whole parsed text. For an indexed text this reads it (from the few last opened, else from
     * the index, else by parsing the file again); it throws {@link TextUnavailableException} when
     * none of these works, e.g. the file was deleted and the index lost it.
     */
    public Resolution resolution() {
        return held != null ? held : opener.open();
    }

    public boolean isDraft() {
        return !summary.isAdopted();
    }

    /** The file name, which is how a user recognises a text that has no symbol. */
    public String fileName() {
        Path name = source.getFileName();
        return name == null ? source.toString() : name.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusEntry e && source.equals(e.source) && summary.equals(e.summary);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return "CorpusEntry[" + fileName() + ", " + summary.displayName() + "]";
    }
}
