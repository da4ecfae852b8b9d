package org.clausewise.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the masthead and the adoption line say about a document, apart from its symbol, title and date.
 *
 * @param distribution "General", "Limited" or "Restricted"; null when not printed
 * @param issued       the date under "Distr.:"; null when not printed
 * @param jobNumber    the printing job number ("23-20100"); null when not printed
 * @param committee    the Main Committee it came from ("Third Committee"), or null (plenary, or not said)
 * @param adoptedOn    the draft or report the text was adopted on ("A/78/L.1", "A/78/478"), or null
 * @param agendaItems  the agenda items as printed ("72 (a)", "13"), possibly empty
 * @param sponsors     the sponsors of a draft or amendment as printed before ": draft resolution", possibly empty
 */
public record DocumentInfo(String distribution, LocalDate issued, String jobNumber, String committee,
                           String adoptedOn, List<String> agendaItems, List<String> sponsors) {
    public static final DocumentInfo NONE = new DocumentInfo(null, null, null, null, null, List.of(), List.of());

    public DocumentInfo {
        agendaItems = List.copyOf(agendaItems);
        sponsors = List.copyOf(sponsors);
    }
}
