package org.clausewise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.amend.MadeUpTexts;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The draft as amended in the window: an amendment's context menu in the timeline, the banner that
 * offers it (or names the missing draft), and the draft beside the draft as amended with each
 * instruction's outcome. Screens are saved to target/screens.
 */
class AmendmentWindowTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        ResolutionComparer comparer = new ResolutionComparer();
        AppServices services = new AppServices(AmendmentViewModelTest.library(AmendmentViewModelTest.DRAFT,
                AmendmentViewModelTest.DELETE_OP3, AmendmentViewModelTest.REPLACE, AmendmentViewModelTest.ORPHAN),
                p -> MadeUpTexts.draft(), comparer::compare, (c, out, o) -> { }, new DirectExecutor(),
                new SettingsStore(config));
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
    }

    @Test
    void anAmendmentOffersItsDraftAsAmendedAndShowsWhatEachInstructionDid() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = window.sidebar().entryMenu(AmendmentViewModelTest.REPLACE);
        MenuItem item = menu.getItems().get(menu.getItems().size() - 1);
        assertEquals("Show the Draft as Amended", item.getText());
        assertFalse(item.isDisable());
        ContextMenu orphan = window.sidebar().entryMenu(AmendmentViewModelTest.ORPHAN);
        MenuItem missing = orphan.getItems().get(orphan.getItems().size() - 1);
        assertEquals("Show the Draft as Amended (draft A/C.3/99/L.9 is not in the library)", missing.getText());
        assertTrue(missing.isDisable());
        ContextMenu draftMenu = window.sidebar().entryMenu(AmendmentViewModelTest.DRAFT);
        assertTrue(draftMenu == null || draftMenu.getItems().stream()
                .noneMatch(i -> i.getText().startsWith("Show the Draft as Amended")));

        interact(() -> window.viewModel().rightProperty().set(AmendmentViewModelTest.ORPHAN));
        Node bar = lookup("#amendment-bar").query();
        assertTrue(bar.isVisible());
        assertFalse(lookup("#show-amended").query().isVisible(), "nothing to show without the draft");
        FxTestSupport.saveSnapshot(window.scene(), "amend-missing-draft");

        interact(() -> window.viewModel().rightProperty().set(AmendmentViewModelTest.REPLACE));
        assertTrue(lookup("#show-amended").query().isVisible());
        FxTestSupport.saveSnapshot(window.scene(), "amend-offer");
        clickOn("#show-amended");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(AmendmentViewModelTest.DRAFT, window.viewModel().leftProperty().get());
        assertEquals("A/C.3/99/L.7 as amended", window.viewModel().rightProperty().get().resolution().displayName());
        assertEquals(1, window.viewModel().viewer().comparisonProperty().get().summary().modified());
        assertEquals(2, lookup(".instruction-applied").queryAll().size() + lookup(".instruction-not-applied").queryAll().size());
        javafx.scene.control.ComboBox<?> picker = lookup("#right-picker").query();
        assertEquals("A/C.3/99/L.7 as amended \u00B7 99th session \u00B7 3 Nov 2099",
                ((javafx.scene.control.ListCell<?>) picker.getButtonCell()).getText(), "the picker shows the text picked");
        interact(() -> window.viewModel().viewer().nextChange());
        FxTestSupport.saveSnapshot(window.scene(), "amend-shown");

        interact(() -> window.viewModel().leftProperty().set(null));
        interact(() -> window.viewModel().rightProperty().set(AmendmentViewModelTest.DRAFT));
        assertFalse(bar.isVisible(), "no amendment picked: no banner");
        FxToolkit.cleanupStages();
    }
}
