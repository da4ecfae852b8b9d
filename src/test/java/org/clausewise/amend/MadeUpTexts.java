package org.clausewise.amend;

import org.clausewise.ingest.NotAResolutionException;
import org.clausewise.ingest.ResolutionParser;
import org.clausewise.model.Resolution;

/**
 * A made-up draft and amendments to it, written as the official documents are laid out, and read by
 * the parser as real ones are: five preambular paragraphs, six operative ones, OP 4 with
 * sub-paragraphs (a)–(d), and "made-up concern" twice in OP 5.
 */
public final class MadeUpTexts {
    public static final String DRAFT = "United Nations\nA/C.3/99/L.7\nGeneral Assembly\nDistr.: Limited\n1 November 2099\n"
            + "Original: English\n\nNinety-ninth session\nThird Committee\nAgenda item 12 (a)\nMade-up agenda item\n\n"
            + "Freedonia and Sylvania:* draft resolution\n\n"
            + "Made-up cooperation in the field of made-up rights\n\n"
            + "The General Assembly,\n\n"
            + "Recalling its made-up resolution 98/1 of 1 December 2098 on made-up cooperation,\n\n"
            + "Reaffirming the made-up principles of the made-up charter,\n\n"
            + "Noting with concern the made-up situation in made-up regions,\n\n"
            + "Welcoming the made-up work of the made-up committee and made-up others,\n\n"
            + "Recognizing the role of regional organizations in made-up matters,\n\n"
            + "1. Reaffirms the importance of made-up cooperation;\n\n"
            + "2. Calls upon all States to strengthen regional and international made-up cooperation;\n\n"
            + "3. Requests the Secretary-General to report on made-up matters;\n\n"
            + "4. Encourages made-up bodies:\n\n"
            + "(a) To share made-up information;\n\n"
            + "(b) To promote regional made-up dialogue;\n\n"
            + "(c) To support made-up training;\n\n"
            + "(d) To report on made-up progress;\n\n"
            + "5. Expresses its made-up concern at the made-up situation and the made-up concern of others;\n\n"
            + "6. Decides to continue its consideration of the question at its hundredth session.\n"
            + "__________________\n* On behalf of made-up States.\n";

    /** A draft in two sections whose operative numbering restarts (OP I.1, OP I.2, OP II.1 …). */
    public static final String SECTIONED_DRAFT = "United Nations\nA/99/L.30\nGeneral Assembly\n"
            + "Distr.: Limited\n1 December 2099\nOriginal: English\n\nNinety-ninth session\nAgenda item 20\n\n"
            + "Freedonia:* draft resolution\n\nMade-up questions of two subjects\n\nThe General Assembly,\n\n"
            + "I\nFirst made-up subject\n\n"
            + "Recalling its earlier made-up decisions on the first subject,\n\n"
            + "1. Takes note of the made-up report;\n\n"
            + "2. Endorses the made-up conclusions;\n\n"
            + "II\nSecond made-up subject\n\n"
            + "Having considered the made-up report on the second subject,\n\n"
            + "1. Approves the made-up figures;\n\n"
            + "2. Requests the made-up office to report back;\n\n"
            + "3. Decides to return to the second subject next year.\n"
            + "__________________\n* On behalf of made-up States.\n";

    private MadeUpTexts() {
    }

    /** An amendment to the sectioned draft A/99/L.30 with these instructions. */
    public static String sectionedAmendmentText(String instructions) {
        return "United Nations\nA/99/L.31\nGeneral Assembly\nDistr.: Limited\n"
                + "2 December 2099\nOriginal: English\n\nNinety-ninth session\nAgenda item 20\n"
                + "Sylvania: amendment to draft resolution A/99/L.30\n\nMade-up questions of two subjects\n\n"
                + instructions;
    }

    public static Resolution draft() {
        return parse(DRAFT, "draft.txt");
    }

    /** An amendment to A/C.3/99/L.7 with these instructions (one paragraph each, new text on the lines after). */
    public static Resolution amendment(String symbol, String instructions) {
        return parse(amendmentText(symbol, instructions), symbol.replace('/', '_') + ".txt");
    }

    /** The text of {@link #amendment}, to write to a file. */
    public static String amendmentText(String symbol, String instructions) {
        return "United Nations\n" + symbol + "\nGeneral Assembly\nDistr.: Limited\n3 November 2099\n"
                + "Original: English\n\nNinety-ninth session\nThird Committee\nAgenda item 12 (a)\nMade-up agenda item\n"
                + "Freedonia:* amendment to draft resolution A/C.3/99/L.7\n\n"
                + "Made-up cooperation in the field of made-up rights\n\n" + instructions
                + "\n__________________\n* On behalf of made-up States.\n";
    }

    public static Resolution parse(String text, String name) {
        try {
            return new ResolutionParser().parse(text, name);
        } catch (NotAResolutionException e) {
            throw new AssertionError(e);
        }
    }
}
