package org.clausewise.corpus.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.Series;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * The adapter from the library ({@link Corpus}) to what search needs ({@link SearchableText}). A
 * text's id is its file's absolute path; its version a hash of what the parser made of it, so a
 * re-parsed text with other clauses is re-indexed; its series is named by the series' first text.
 */
public final class CorpusTexts {
    private CorpusTexts() {
    }

    public static List<SearchableText> of(Corpus corpus) {
        List<SearchableText> out = new ArrayList<>(corpus.entries().size());
        for (Series series : corpus.series()) {
            String seriesId = id(series.timeline().get(0));
            for (CorpusEntry e : series.timeline()) {
                out.add(text(id(e), e.resolution(), e.fileName(), seriesId, series.title()));
            }
        }
        return out;
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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
