package org.clausewise.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clausewise.amend.AmendedDraft;
import org.clausewise.amend.DraftAmender;
import org.clausewise.amend.DraftLookup;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.LibraryEntry;

/**
 * The draft as amended, without the window: which amendment is picked, whether its draft is in the
 * library (its latest revision), and, once asked, the draft beside the draft as amended in the
 * main viewer with each instruction's outcome. Amending runs off the FX thread.
 */
public final class AmendmentViewModel {
    /**
     * What the banner over the viewer says.
     *
     * @param message   one line: the amendment and its draft, or the draft that is missing, or the outcome
     * @param amendment the amendment the offer is for, null when none is picked
     * @param draft     its draft in the library, empty when it is not there
     * @param all       every amendment to that draft in the library, in order, when more than this one
     * @param shown     the draft as amended now in the viewer, or null
     */
    public record Offer(String message, LibraryEntry amendment, Optional<LibraryEntry> draft, List<LibraryEntry> all,
                        AmendedDraft shown) {
        static final Offer NONE = new Offer("", null, Optional.empty(), List.of(), null);

        public boolean canShow() {
            return draft.isPresent() && shown == null;
        }
    }

    private final MainViewModel main;
    private final BackgroundExecutor executor;
    private final DraftAmender amender = new DraftAmender();
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>(Offer.NONE);
    /** The draft as amended last shown, and the entry that holds it on the right while it is shown. */
    private LibraryEntry amendedEntry;
    private AmendedDraft shown;

    public AmendmentViewModel(MainViewModel main, BackgroundExecutor executor) {
        this.main = main;
        this.executor = executor;
        main.leftProperty().addListener((obs, old, now) -> refresh());
        main.rightProperty().addListener((obs, old, now) -> refresh());
        main.libraryProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** The picked amendment: the right text if it is one, else the left. */
    public Optional<LibraryEntry> pickedAmendment() {
        LibraryEntry right = main.rightProperty().get();
        LibraryEntry left = main.leftProperty().get();
        if (right != null && right.kind() == ResolutionKind.AMENDMENT) {
            return Optional.of(right);
        }
        return left != null && left.kind() == ResolutionKind.AMENDMENT ? Optional.of(left) : Optional.empty();
    }

    /** The draft the amendment names, its latest revision, among the library's texts. */
    public Optional<LibraryEntry> draftOf(LibraryEntry amendment) {
        String named = amendment.summary().amends();
        List<LibraryEntry> texts = main.libraryProperty().get().entries().stream()
                .filter(e -> e.kind() != ResolutionKind.AMENDMENT).toList();
        return DraftLookup.find(named, texts, e -> e.summary().symbol()).used();
    }

    /** "Show the draft as amended", or why it cannot be: the draft named is not in the library. */
    public String actionText(LibraryEntry amendment) {
        if (draftOf(amendment).isPresent()) {
            return "Show the Draft as Amended";
        }
        String named = amendment.summary().amends();
        return named == null ? "Show the Draft as Amended (the amendment does not name its draft)"
                : "Show the Draft as Amended (draft " + named + " is not in the library)";
    }

    /** Every amendment to the same draft in the library, in the order of their symbols (L.9 before L.10). */
    List<LibraryEntry> amendmentsTo(String draftSymbol) {
        Comparator<String> symbols = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        return main.libraryProperty().get().entries().stream()
                .filter(e -> e.kind() == ResolutionKind.AMENDMENT && DraftLookup.sameDraft(draftSymbol, e.summary().amends()))
                .sorted(Comparator.comparing((LibraryEntry e) -> e.summary().symbol(), Comparator.nullsLast(symbols)))
                .toList();
    }

    /** Puts the draft on the left and the draft as amended by {@code amendments} on the right. */
    public void show(List<LibraryEntry> amendments) {
        if (amendments.isEmpty()) {
            return;
        }
        Optional<LibraryEntry> found = draftOf(amendments.get(0));
        if (found.isEmpty()) {
            offer.set(new Offer(actionText(amendments.get(0)), amendments.get(0), Optional.empty(), List.of(), null));
            return;
        }
        LibraryEntry draft = found.get();
        main.statusProperty().set("Applying " + names(amendments) + " to " + draft.displayName() + "\u2026");
        executor.submit(() -> amender.apply(draft.resolution(),
                amendments.stream().map(LibraryEntry::resolution).toList()), result -> {
                    shown = result;
                    // a name of its own: it is no file of the library, and is not reopened at the next start
                    LibraryEntry amended = new LibraryEntry(draft.source().resolveSibling(draft.source().getFileName()
                            + " as amended by " + names(amendments).replace('/', '_')), result.amended());
                    amendedEntry = amended;
                    // the right side first: with the draft already on the left, one comparison instead of two
                    main.rightProperty().set(amended);
                    main.leftProperty().set(draft);
                }, error -> main.statusProperty().set("Could not apply " + names(amendments) + ": "
                        + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())));
    }

    /** Shows the picked amendment's draft as amended by it (View menu). */
    public void showPicked() {
        pickedAmendment().ifPresent(a -> show(List.of(a)));
    }

    private void refresh() {
        LibraryEntry right = main.rightProperty().get();
        if (right != null && right == amendedEntry) {
            offer.set(new Offer(outcomeLine(shown), null, Optional.empty(), List.of(), shown));
            return;
        }
        Optional<LibraryEntry> amendment = pickedAmendment();
        if (amendment.isEmpty()) {
            offer.set(Offer.NONE);
            return;
        }
        LibraryEntry a = amendment.get();
        Optional<LibraryEntry> draft = draftOf(a);
        String named = a.summary().amends();
        if (draft.isEmpty()) {
            offer.set(new Offer(a.displayName() + (named == null ? " does not say which draft it amends."
                    : " amends draft " + named + ", which is not in the library: add it to see the draft as amended."),
                    a, draft, List.of(), null));
            return;
        }
        List<LibraryEntry> all = amendmentsTo(named);
        String used = draft.get().displayName();
        String revision = used.equalsIgnoreCase(named) ? "" : " (the library has its latest revision, " + used + ")";
        offer.set(new Offer(a.displayName() + " amends " + named + revision + ".", a, draft,
                all.size() > 1 ? all : List.of(), null));
    }

    /** "A/80/L.18 as amended by A/80/L.19: 1 of 1 instruction applied." */
    static String outcomeLine(AmendedDraft a) {
        int n = a.outcomes().size();
        return a.amended().displayName() + " by " + a.amendments().stream().map(Resolution::displayName)
                .reduce((x, y) -> x + ", " + y).orElse("") + ": " + a.appliedCount() + " of " + n
                + (n == 1 ? " instruction" : " instructions") + " applied" + (a.appliedCount() < n ? "; the others change nothing." : ".");
    }

    private static String names(List<LibraryEntry> amendments) {
        return amendments.stream().map(LibraryEntry::displayName).reduce((x, y) -> x + ", " + y).orElse("");
    }
}
