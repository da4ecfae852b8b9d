package org.clausewise.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.ingest.pdf.Masthead;
import org.clausewise.model.DocumentInfo;
import org.clausewise.model.ResolutionKind;

/**
 * Lets what a PDF's masthead prints (symbol, distribution, issue date) win over what the cover
 * text suggests: the masthead is the document's own statement, the cover a reading of prose.
 */
final class MastheadFacts {
    /** The session in a symbol: A/RES/78/1, A/80/L.19, A/C.3/80/L.56. */
    private static final Pattern SESSION = Pattern.compile("A/(?:RES/)?(?:C\\.\\d/)?(\\d{1,3})/");
    private static final Pattern DRAFT = Pattern.compile("/L\\.\\d+");

    private MastheadFacts() {
    }

    static Cover apply(Cover cover, Masthead masthead) {
        if (masthead == null || masthead.isEmpty()) {
            return cover;
        }
        String symbol = masthead.symbol() != null ? masthead.symbol() : cover.symbol();
        Integer session = cover.session();
        if (masthead.symbol() != null) {
            Matcher m = SESSION.matcher(masthead.symbol());
            if (m.lookingAt()) {
                session = Integer.valueOf(m.group(1));
            }
        }
        ResolutionKind kind = cover.kind();
        if (masthead.symbol() != null && kind == ResolutionKind.RESOLUTION && cover.adopted() == null
                && DRAFT.matcher(masthead.symbol()).find() && "Limited".equals(masthead.distribution())) {
            // A draft's cover may not say "draft resolution" in so many words; "Distr.: Limited" and L. do.
            kind = ResolutionKind.DRAFT;
        }
        java.time.LocalDate issued = masthead.date() != null ? masthead.date() : cover.issued();
        DocumentInfo info = cover.info();
        info = new DocumentInfo(masthead.distribution() != null ? masthead.distribution() : info.distribution(),
                issued, masthead.jobNumber() != null ? jobNumber(masthead.jobNumber()) : info.jobNumber(),
                info.committee(), info.adoptedOn(), info.agendaItems(), info.sponsors());
        return new Cover(symbol, session, kind, cover.title(), cover.adopted(), issued, cover.bodyStart(),
                cover.bodyGuessed(), info, cover.amends(), cover.notATextReason());
    }

    /** "23-20100 (E)" → "23-20100". */
    private static String jobNumber(String printed) {
        int space = printed.indexOf(' ');
        return space < 0 ? printed : printed.substring(0, space);
    }
}
