package org.clausewise.corpus.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.TextSummary;
import org.clausewise.corpus.index.CodeVersion;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * The adapter from the library ({@link Corpus}) to what search needs ({@link SearchableText}). A
 * text's id is its file's absolute path; its series is named by the series' first text. A library
 * text is described from its summary and its file alone, and its whole text is read (from the
 * library's index) only when search has to index it: a search of an indexed library of thousands
 * of texts reads none of them again. Its version is then the file's size and time, the version of
 * the code that parsed it and its summary; a text known only as parsed is versioned by a hash of
 * what the parser made of it.
 */
public final class CorpusTexts {
    /** The parser's and search's code: a new version of either re-reads every text once. */
    private static volatile String codeVersion;

    private CorpusTexts() {
    }

    public static List<SearchableText> of(Corpus corpus) {
        List<SearchableText> out = new ArrayList<>(corpus.entries().size());
        for (Series series : corpus.series()) {
            String seriesId = id(series.timeline().get(0));
            for (CorpusEntry e : series.timeline()) {
                out.add(text(e, seriesId, series.title()));
            }
        }
        return out;
    }

    /** One library text as search sees it, its clauses read only if it has to be indexed. */
    public static SearchableText text(CorpusEntry e, String seriesId, String seriesTitle) {
        String version = fileVersion(e);
        if (version == null) {
            return text(id(e), e.resolution(), e.fileName(), seriesId, seriesTitle);
        }
        TextSummary s = e.summary();
        return new SearchableText(id(e), version, s.symbol(), s.session(), s.kind(), s.date(), s.title(), e.fileName(),
                seriesId, seriesTitle, () -> clauses(e.resolution()));
    }

    /** Size, time, code and summary of the text's file; null when the file cannot be looked at. */
    private static String fileVersion(CorpusEntry e) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(e.source(), BasicFileAttributes.class);
        } catch (IOException | SecurityException | UnsupportedOperationException ex) {
            return null;
        }
        TextSummary s = e.summary();
        MessageDigest sha = sha256();
        for (Object o : new Object[] {attrs.size(), attrs.lastModifiedTime().toMillis(), codeVersion(), s.symbol(),
                s.session(), s.kind(), s.date(), s.title(), s.clauses(), Arrays.toString(s.sketch().smallest())}) {
            update(sha, String.valueOf(o));
        }
        return "f" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            v = CodeVersion.of(CorpusTexts.class,
                    List.of("org/clausewise/ingest/", "org/clausewise/model/", "org/clausewise/corpus/"));
            codeVersion = v;
        }
        return v;
    }

    /** One parsed text as search sees it, in a series named by the caller. */
    public static SearchableText text(String id, Resolution r, String file, String seriesId, String seriesTitle) {
        List<SearchableClause> clauses = clauses(r);
        return new SearchableText(id, version(r, clauses), r.symbol(), r.session(), r.kind(), r.date(), r.title(),
                file, seriesId, seriesTitle, () -> clauses);
    }

    static String id(CorpusEntry e) {
        return e.source().toAbsolutePath().normalize().toString();
    }

    /**
     * Preambular, operative, then annex clauses; each clause's lead-in, then its sub-paragraphs in
     * reading order, a nested one labelled with its parents' labels ("a)(i", shown "(a)(i)").
     */
    public static List<SearchableClause> clauses(Resolution r) {
        List<SearchableClause> out = new ArrayList<>(r.preamble().size() + r.operative().size());
        List<Clause> all = new ArrayList<>(r.preamble());
        all.addAll(r.operative());
        all.addAll(r.clauses(Part.ANNEX));
        for (Clause c : all) {
            List<SearchableClause.Passage> passages = new ArrayList<>(1 + c.subparagraphs().size());
            passages.add(new SearchableClause.Passage("", c.text()));
            addSubparagraphs(passages, "", c.subparagraphs());
            out.add(new SearchableClause(c.label(), passages));
        }
        return out;
    }

    private static void addSubparagraphs(List<SearchableClause.Passage> passages, String parent, List<SubParagraph> subs) {
        for (SubParagraph s : subs) {
            String label = parent.isEmpty() ? s.label() : parent + ")(" + s.label();
            passages.add(new SearchableClause.Passage(label, s.text()));
            addSubparagraphs(passages, label, s.subparagraphs());
        }
    }

    /** A hash of everything the index keeps of a text: it changes when any of it does. */
    static String version(Resolution r, List<SearchableClause> clauses) {
        MessageDigest sha = sha256();
        for (Object o : new Object[] {r.symbol(), r.session(), r.kind(), r.date(), r.title()}) {
            update(sha, String.valueOf(o));
        }
        for (SearchableClause c : clauses) {
            update(sha, c.label());
            for (SearchableClause.Passage p : c.passages()) {
                update(sha, p.label());
                update(sha, p.text());
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
