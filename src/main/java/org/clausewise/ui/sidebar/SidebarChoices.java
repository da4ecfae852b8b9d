package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The sidebar's three choice boxes: one session, one kind, one Committee, or all of each. Session
 * and kind share a row; Committee names are long and get a row of their own.
 */
final class SidebarChoices extends VBox {
    SidebarChoices(TimelineViewModel vm) {
        super(4);
        ComboBox<Integer> sessions = choice("timeline-session", "Session", "sessions", vm.sessionProperty(),
                s -> Sessions.ordinal(s) + " session");
        ComboBox<String> committees = choice("timeline-committee", "Committee", "Committees", vm.committeeProperty(),
                c -> c);
        ComboBox<ResolutionKind> kinds = choice("timeline-kind", "Kind", "kinds", vm.kindProperty(),
                ResolutionKind::displayName);

        vm.choicesProperty().addListener((obs, old, now) -> {
            fill(sessions, now.sessions(), vm.sessionProperty());
            fill(committees, now.committees(), vm.committeeProperty());
            fill(kinds, now.kinds(), vm.kindProperty());
        });
        HBox row = new HBox(4, sessions, kinds);
        getChildren().addAll(row, committees);
    }

    /**
     * A choice box whose button says {@code name} until something is picked ("Session"), and whose
     * list starts with "All {@code plural}", the way back to no filter.
     */
    private static <T> ComboBox<T> choice(String id, String name, String plural, ObjectProperty<T> property,
                                          Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setTooltip(new Tooltip("Show only the texts of one " + name.toLowerCase(java.util.Locale.ROOT)));
        // a set width, not the width of the longest Committee name
        box.setPrefWidth(80);
        box.setMinWidth(40);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? name : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        // nothing picked (null) is "all": the button names the filter, the list says "All …"
        box.setPromptText(name);
        box.setButtonCell(cell(v -> v == null ? name : label.apply(v)));
        box.setCellFactory(list -> cell(v -> v == null ? "All " + plural : label.apply(v)));
        box.getItems().add(null);
        box.valueProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(property.get(), now)) {
                property.set(now);
            }
        });
        property.addListener((obs, old, now) -> {
            if (!Objects.equals(box.getValue(), now)) {
                box.setValue(now);
            }
        });
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(label.apply(empty ? null : item));
            }
        };
    }

    private static <T> void fill(ComboBox<T> box, List<T> values, ObjectProperty<T> property) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        T picked = property.get();
        box.getItems().setAll(items);
        if (picked != null && !values.contains(picked)) {
            property.set(null);
        }
        box.setValue(property.get());
    }
}
