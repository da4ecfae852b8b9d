package org.clausewise.ingest.pdf;

/**
 * A made-up two-page resolution laid out as the official PDFs are: masthead, cover, numbered
 * title, preamble with indented first lines, operative paragraphs with lettered sub-paragraphs,
 * a paragraph running across the page break, footnote marks raised and small, footnotes under a
 * rule, a two-line running title and page footers, the signature, then an annex.
 */
final class MadeUpResolution {
    static final String TITLE = "Cooperation among lighthouse keepers on long and stormy nights at sea";

    private MadeUpResolution() {
    }

    static byte[] pdf(boolean tagged) {
        try (MadeUpPdf pdf = new MadeUpPdf(tagged)) {
            pdf.newPage();
            masthead(pdf);
            pdf.text(60, 222, 10, "Ninety-ninth session")
                    .text(60, 234, 10, "Agenda item 42")
                    .text(60, 246, 10, "Made-up matters of the sea")
                    .text(123, 280, 10, "Resolution adopted by the General Assembly on 2 January 2099")
                    .text(123, 300, 10, "[without reference to a Main Committee (A/99/L.7)]")
                    .boldText(60, 330, 12, "99/7.")
                    .boldText(123, 330, 12, "Cooperation among lighthouse keepers on long and")
                    .boldText(123, 344, 12, "stormy nights at sea")
                    .text(159, 372, 10, "The General Assembly,")
                    .text(159, 392, 10, "Recalling its earlier decisions on the keeping of lights along shared coasts")
                    .text(123, 404, 10, "and the exchange of signals between neighbouring towers,^1")
                    .text(159, 422, 10, "Noting with appreciation the work of the keepers on cross-")
                    .text(123, 434, 10, "border routes and of the coast guards of all Member States,")
                    .pieces(159, 452, 10, "Welcoming", "the", "internationa", "|l", "network", "of", "keepers", "of", "20", "|30,")
                    .text(159, 472, 10, "1. Decides to keep the lights burning through the night, in cooperation with")
                    .text(123, 484, 10, "crossborder partners;")
                    .text(159, 502, 10, "2. Requests the keepers:")
                    .text(159, 520, 10, "(a) To report each failure of a lamp;^2")
                    .text(159, 538, 10, "(b) To share their logbooks;")
                    .text(159, 556, 10, "3. Invites all coastal States to join the network and to lend their support")
                    .text(123, 568, 10, "to the keepers, in particular by training new keepers and by");
            pdf.furniture(123, 690, 8, "__________________")
                    .text(123, 702, 8, "^1 Resolution 98/1, annex.")
                    .text(123, 714, 8, "^2 See A/99/100, para. 3.");
            pdf.newPage();
            runningHeader(pdf);
            pdf.text(60, 90, 10, "lending their ships;")
                    .text(96, 108, 10, "4. Decides to remain seized of the matter.")
                    .text(400, 130, 10, "99th plenary meeting")
                    .text(400, 142, 10, "2 January 2099")
                    .boldText(280, 176, 12, "Annex")
                    .boldText(200, 192, 12, "Charter of the lighthouse keepers")
                    .text(60, 212, 10, "1. Every keeper keeps a log.")
                    .text(60, 224, 10, "2. Every log is shared.");
            pdf.furniture(60, 754, 10, "2/2").furniture(500, 754, 10, "99-12345");
            return pdf.bytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the first page of every UN document carries at its top and bottom. */
    static void masthead(MadeUpPdf pdf) {
        pdf.furniture(123, 58, 14, "United Nations")
                .furniture(480, 57, 10, "A/RES/99/7")
                .furniture(123, 86, 19, "General Assembly")
                .furniture(397, 87, 10, "Distr.: General")
                .furniture(397, 99, 10, "3 January 2099")
                .furniture(65, 748, 10, "99-12345 (E) 050100")
                .furniture(65, 762, 12, "*9912345*");
    }

    /** Symbol and a running title wrapped over two lines, as on the official pages 2 onwards. */
    private static void runningHeader(MadeUpPdf pdf) {
        pdf.furniture(60, 40, 9, "A/RES/99/7")
                .furniture(330, 40, 9, "Cooperation among lighthouse keepers on long")
                .furniture(330, 50, 9, "and stormy nights at sea");
    }
}
