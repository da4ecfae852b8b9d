package org.clausewise.ui.threeway;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.model.Resolution;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.present.ViewOptions;

/**
 * The negotiation window's state: the comparison, the two toggles, what is shown of it (one
 * presentation for the rows, the change list, F7 and the PDF), the current row and "change n of N".
 * Tested without a window.
 */
public final class ThreeWayViewModel {
    private final ThreeWayComparison comparison;
    private final BooleanProperty onlyChanges = new SimpleBooleanProperty(false);
    private final BooleanProperty showEditorial = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<ThreeWayPresentation> presentation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper currentRow = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

    public ThreeWayViewModel(ThreeWayComparison comparison, ViewOptions options) {
        this.comparison = comparison;
        onlyChanges.set(options.onlyChanges());
        showEditorial.set(options.showEditorial());
        onlyChanges.addListener((obs, old, now) -> refresh());
        showEditorial.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** A new presentation for the toggles, keeping the current clause when it is still shown. */
    private void refresh() {
        ThreeWayRow current = currentRow().map(ThreeWayPresentedRow::source).orElse(null);
        ThreeWayPresentation p = ThreeWayPresentation.of(comparison,
                new ViewOptions(onlyChanges.get(), showEditorial.get()));
        int index = -1;
        List<ThreeWayPresentedRow> rows = p.clauseRows();
        for (int i = 0; i < rows.size() && current != null; i++) {
            if (rows.get(i).source() == current) {
                index = i;
            }
        }
        currentRow.set(-1); // listeners see the new rows before the current one is set again
        presentation.set(p);
        currentRow.set(index);
        updatePosition();
    }

    public void nextChange() {
        presentation().nextChange(currentRow.get()).ifPresent(this::goTo);
    }

    public void previousChange() {
        presentation().previousChange(currentRow.get()).ifPresent(this::goTo);
    }

    /** Makes a shown row current (a click, a change picked in the list). */
    public void goTo(ThreeWayPresentedRow row) {
        currentRow.set(presentation().clauseRows().indexOf(row));
        updatePosition();
    }

    private void updatePosition() {
        ThreeWayPresentation p = presentation();
        int n = currentRow().map(p::changeNumber).orElse(0);
        int total = p.changes().size();
        position.set(total == 0 ? "No changes" : n > 0 ? "Change " + n + " of " + total
                : total + (total == 1 ? " change" : " changes"));
    }

    public Optional<ThreeWayPresentedRow> currentRow() {
        int i = currentRow.get();
        if (presentation() == null) {
            return Optional.empty(); // before the first presentation
        }
        List<ThreeWayPresentedRow> rows = presentation().clauseRows();
        return i >= 0 && i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
    }

    public ThreeWayComparison comparison() {
        return comparison;
    }

    public ThreeWayPresentation presentation() {
        return presentation.get();
    }

    public ReadOnlyObjectProperty<ThreeWayPresentation> presentationProperty() {
        return presentation.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentRowProperty() {
        return currentRow.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public BooleanProperty onlyChangesProperty() {
        return onlyChanges;
    }

    public BooleanProperty showEditorialProperty() {
        return showEditorial;
    }

    /** "Negotiation: Enhancement of international cooperation in the field of human rights". */
    public String title() {
        String t = comparison.adopted().title();
        return "Negotiation: " + (t == null || t.isBlank() ? comparison.adopted().displayName() : t);
    }

    /** "A-RES-65-218_A-67-draft_A-RES-67-169.pdf". */
    public String suggestedPdfName() {
        return safe(comparison.previous()) + "_" + safe(comparison.draft()) + "_" + safe(comparison.adopted()) + ".pdf";
    }

    private static String safe(Resolution r) {
        return r.displayName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The view's options, for the PDF. */
    public ViewOptions options() {
        return presentation().options();
    }
}
