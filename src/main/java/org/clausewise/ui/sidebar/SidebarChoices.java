package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The sidebar's three choice boxes: one session, one Committee, one kind, or all of each. */
final class SidebarChoices extends HBox {
    SidebarChoices(TimelineViewModel vm) {
        super(4);
        ComboBox<Integer> sessions = choice("timeline-session", "Session", vm.sessionProperty(),
                s -> s == null ? "All sessions" : Sessions.ordinal(s));
        ComboBox<String> committees = choice("timeline-committee", "Committee", vm.committeeProperty(),
                c -> c == null ? "All Committees" : c);
        ComboBox<ResolutionKind> kinds = choice("timeline-kind", "Kind of text", vm.kindProperty(),
                k -> k == null ? "All kinds" : k.displayName());
        vm.choicesProperty().addListener((obs, old, now) -> {
            fill(sessions, now.sessions(), vm.sessionProperty());
            fill(committees, now.committees(), vm.committeeProperty());
            fill(kinds, now.kinds(), vm.kindProperty());
        });
        getChildren().addAll(sessions, committees, kinds);
    }

    private static <T> ComboBox<T> choice(String id, String tip, ObjectProperty<T> property, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(40);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        // "All …" is the null choice: shown as the button's text when nothing is picked
        box.setPromptText(label.apply(null));
        box.setButtonCell(cell(label));
        box.setCellFactory(list -> cell(label));
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
