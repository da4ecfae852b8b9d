package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.AmendmentInstruction.Position;
import org.clausewise.model.SubParagraph;

/** Sub-paragraphs of a paragraph deleted, replaced, or brought in before, after or at the end. */
final class SubparagraphEdits {
    private static final Pattern NEW_LABEL = Pattern.compile("\\bnew\\s+sub-?\\s?paragraph\\s*\\(([a-z]{1,4})\\)");
    private static final Pattern NAMED = Pattern.compile(
            "(?<!new )\\bsub-?\\s?paragraph\\s*\\(([a-z]{1,4})\\)|\\bparagraph\\s+\\d{1,3}\\s*\\(([a-z]{1,4})\\)");

    private SubparagraphEdits() {
    }

    /** The sub-paragraph an instruction names, found and checked against the text it quotes, if any. */
    private record Named(WorkingClause w, List<Integer> path, List<SubParagraph> subs, String label, SubParagraph sub) {
        static Named of(WorkingText text, AmendmentInstruction i) throws CannotApply {
            WorkingClause w = text.locatePresent(i);
            List<Integer> path = find(w, i.subparagraph());
            List<SubParagraph> subs = w.current().subparagraphs();
            String label = w.label() + " " + SubparagraphTree.labels(subs, path);
            SubParagraph sub = SubparagraphTree.at(subs, path);
            if (Operation.quotesParagraph(i) && !ReadingCheck.matches(i.words(), whole(sub))) {
                throw new CannotApply("the quoted text does not match " + label + " of the draft");
            }
            return new Named(w, path, subs, label, sub);
        }
    }

    static Done delete(WorkingText text, AmendmentInstruction i) throws CannotApply {
        Named n = Named.of(text, i);
        n.w().setSubparagraphs(SubparagraphTree.replace(n.subs(), n.path(), s -> List.of(), n.w()), true);
        return new Done(n.label(), n.label() + " deleted");
    }

    static Done replace(WorkingText text, AmendmentInstruction i) throws CannotApply {
        Named n = Named.of(text, i);
        WorkingClause w = n.w();
        List<Integer> path = n.path();
        List<SubParagraph> subs = n.subs();
        String label = n.label();
        SubParagraph old = n.sub();
        List<SubParagraph> news = NewText.subparagraphs(i.newText());
        if (news.isEmpty()) {
            throw new CannotApply("no new text is given for " + label);
        }
        List<SubParagraph> put = new ArrayList<>();
        put.add(new SubParagraph(old.label(), news.get(0).text(), List.of(), List.of()));
        for (SubParagraph extra : news.subList(1, news.size())) {
            put.add(extra);
            w.markAdded(extra);
        }
        w.setSubparagraphs(SubparagraphTree.replace(subs, path, s -> put, w), news.size() > 1);
        return new Done(label, label + " replaced");
    }

    static Done insert(WorkingText text, AmendmentInstruction i) throws CannotApply {
        WorkingClause w = text.locatePresent(i);
        String head = Operation.head(i.printed());
        Matcher newLabel = NEW_LABEL.matcher(head);
        String given = newLabel.find() ? newLabel.group(1) : null;
        String target = targetLabel(head);
        List<SubParagraph> news = new ArrayList<>();
        for (SubParagraph s : NewText.subparagraphs(i.newText())) {
            news.add(s.label().isEmpty() && given != null ? new SubParagraph(given, s.text(), List.of()) : s);
        }
        if (news.isEmpty()) {
            throw new CannotApply("no text is given for the new sub-paragraph");
        }
        news.forEach(w::markAdded);
        List<SubParagraph> subs = w.current().subparagraphs();
        String where;
        List<SubParagraph> result;
        if (target == null || i.position() == Position.AT_END || i.position() == null) {
            result = new ArrayList<>(subs);
            result.addAll(news);
            where = "at the end of " + w.label();
        } else {
            List<Integer> path = find(w, target);
            where = i.position() == Position.BEFORE ? "before " : "after ";
            where += w.label() + " " + SubparagraphTree.labels(subs, path);
            boolean before = i.position() == Position.BEFORE;
            result = SubparagraphTree.replace(subs, path, s -> {
                List<SubParagraph> l = new ArrayList<>();
                if (!before) {
                    l.add(s);
                }
                l.addAll(news);
                if (before) {
                    l.add(s);
                }
                return l;
            }, w);
        }
        w.setSubparagraphs(result, true);
        String what = news.size() == 1 ? "new sub-paragraph" : news.size() + " new sub-paragraphs";
        return new Done(w.label(), what + " inserted " + where);
    }

    /** The sub-paragraph the instruction places new ones beside ("after subparagraph (b)"), not the new one's own label. */
    private static String targetLabel(String head) {
        Matcher m = NAMED.matcher(head);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static List<Integer> find(WorkingClause w, String label) throws CannotApply {
        List<List<Integer>> paths = SubparagraphTree.find(w.current().subparagraphs(), label, w);
        if (paths.isEmpty()) {
            throw new CannotApply(w.label() + " has no sub-paragraph (" + label + ")"
                    + (w.current().subparagraphs().isEmpty() ? ": it has no sub-paragraphs" : ""));
        }
        if (paths.size() > 1) {
            throw new CannotApply("ambiguous: " + w.label() + " has " + paths.size() + " sub-paragraphs (" + label + ")");
        }
        return paths.get(0);
    }

    private static String whole(SubParagraph s) {
        StringBuilder sb = new StringBuilder(s.text());
        for (SubParagraph child : s.subparagraphs()) {
            sb.append(' ').append(whole(child));
        }
        return sb.toString();
    }
}
