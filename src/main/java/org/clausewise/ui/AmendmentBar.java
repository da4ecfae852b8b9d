package org.clausewise.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewise.amend.InstructionOutcome;

/**
 * The banner over the viewer for amendments: when an amendment is picked, which draft it amends and
 * a button to show the draft as amended (or which draft is missing); while the draft as amended is
 * shown, what each instruction did, those not applied marked and saying why.
 */
final class AmendmentBar extends VBox {
    static final String STYLE = "amendment-bar";
    static final String APPLIED = "instruction-applied";
    static final String NOT_APPLIED = "instruction-not-applied";

    private final Label message = new Label();
    private final Button show = new Button("Show the Draft as Amended");
    private final Button showAll = new Button();
    private final VBox outcomes = new VBox(2);

    AmendmentBar(AmendmentViewModel vm) {
        setId("amendment-bar");
        getStyleClass().add(STYLE);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        show.setId("show-amended");
        showAll.setId("show-amended-all");
        show.setMinWidth(Region.USE_PREF_SIZE);
        showAll.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, message, show, showAll);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, outcomes);
        vm.offerProperty().addListener((obs, old, now) -> draw(vm, now));
        draw(vm, vm.offerProperty().get());
    }

    private void draw(AmendmentViewModel vm, AmendmentViewModel.Offer offer) {
        boolean visible = !offer.message().isEmpty();
        setVisible(visible);
        setManaged(visible);
        message.setText(offer.message());
        show.setVisible(offer.canShow());
        show.setManaged(offer.canShow());
        show.setOnAction(e -> vm.show(List.of(offer.amendment())));
        boolean all = offer.canShow() && !offer.all().isEmpty();
        showAll.setVisible(all);
        showAll.setManaged(all);
        showAll.setText("\u2026 by All " + offer.all().size() + " Amendments");
        showAll.setOnAction(e -> vm.show(offer.all()));
        outcomes.getChildren().clear();
        if (offer.shown() != null) {
            for (InstructionOutcome o : offer.shown().outcomes()) {
                outcomes.getChildren().add(line(o));
            }
        }
        outcomes.setManaged(!outcomes.getChildren().isEmpty());
    }

    /** "✓ A/80/L.19 (1): PP 38 deleted" or "✗ NOT applied — A/80/L.21 (2): words not found …", with the instruction as a tip. */
    private static Label line(InstructionOutcome o) {
        Label l = new Label((o.applied() ? "\u2713 " : "\u2717 NOT applied \u2014 ") + o.amendment() + " (" + o.number()
                + "): " + o.detail());
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(o.applied() ? APPLIED : NOT_APPLIED);
        l.setTooltip(new javafx.scene.control.Tooltip(o.instruction().printed()));
        return l;
    }
}
