package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.map.MapLayout;
import dev.touchline.model.Stage;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.views.ProblemsView;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;

/**
 * Touchline's commands, menus and keys are declared in plugin.xml: the keys reach them through
 * the workbench's key bindings (the events below pass the workbench's key filter, as a real key
 * press does), the menus show their keys, and each command is enabled only where it can work.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class CommandsTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    private static Command command(String id) {
        return Ui.window().getService(ICommandService.class).getCommand(id);
    }

    /** The enabled state of a context menu's item, as the menu shows it (without choosing it). */
    private static MenuItem popupItem(org.eclipse.swt.widgets.Control control, String text) {
        var menu = control.getMenu();
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        try {
            for (MenuItem item : menu.getItems()) {
                if (item.getText().replace("&", "").split("\t")[0].equals(text)) {
                    return item;
                }
            }
            throw new AssertionError("no " + text + " in the context menu");
        } finally {
            menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
        }
    }

    /** Regression (issue 30): Ctrl+M was the platform's Maximize, though the tool tip said New Measurement. */
    @Test
    void ctrlMAddsAMeasurementAndDoesNotMaximiseTheEditor() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapLayout.Card card = editor.canvas().mapLayout().cards().get(0);
        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), card.bounds()));
        int measurements = card.touchpoint().getMeasurements().size();
        prompts.answer = 1; // the model's second metric

        Ui.key(editor.canvas(), 'm', 'm', SWT.MOD1);

        assertEquals(measurements + 1, card.touchpoint().getMeasurements().size(), prompts.said.toString());
        assertEquals(editor.model().getMetrics().get(1),
                card.touchpoint().getMeasurements().get(measurements).getMetric());
        assertNotEquals(IWorkbenchPage.STATE_MAXIMIZED, Ui.page().getPartState(Ui.page().getReference(editor)),
                "the editor is not maximised");
    }

    @Test
    void theMapMenuNamesEachCommandsKeyAndTheKeysWork() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        var bar = Ui.window().getShell().getMenuBar();
        assertTrue(Ui.menuItem(bar, "Map", "New Touchpoint").getText().endsWith("\tInsert"),
                Ui.menuItem(bar, "Map", "New Touchpoint").getText());
        assertTrue(Ui.menuItem(bar, "Map", "New Measurement...").getText().endsWith("\tCtrl+M"));
        assertTrue(Ui.menuItem(bar, "Map", "Zoom to Fit").getText().endsWith("\tCtrl+0"));

        double zoom = editor.canvas().zoom();
        Ui.key(editor.canvas(), '=', '=', SWT.MOD1);
        assertEquals(zoom * 1.25, editor.canvas().zoom(), 1e-9, "Ctrl+= zooms in one step");
        Ui.key(editor.canvas(), '-', '-', SWT.MOD1);
        assertEquals(zoom, editor.canvas().zoom(), 1e-9, "Ctrl+- zooms back out");

        // the menu item runs the same command as the key: a stage after the selected one
        Stage first = editor.session().journey().getStages().get(0);
        int stages = editor.session().journey().getStages().size();
        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), editor.canvas().mapLayout().columnOf(first).header()));
        MenuItem newStage = Ui.menuItem(bar, "Map", "New Stage");
        newStage.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals(stages + 1, editor.session().journey().getStages().size());
        assertEquals("New stage", editor.session().journey().getStages().get(1).getName());
        Ui.screenshot(Ui.window().getShell(), "map-menu-new-stage");
    }

    @Test
    void importsAndExportsWorkOnlyWhileAJourneyMapIsOpen() throws Exception {
        List<String> ids = List.of("dev.touchline.ui.importSheet", "dev.touchline.ui.importCatalogue",
                "dev.touchline.ui.exportSheet", "dev.touchline.ui.exportPack", "dev.touchline.ui.exportImage");
        Ui.openSampleCopy(folder);
        Ui.page().showView(TouchlineUi.PROBLEMS_VIEW_ID); // a view in front: the map is still the active editor
        Ui.flush();
        for (String id : ids) {
            assertTrue(command(id).isEnabled(), id + " with a map open");
        }
        assertTrue(Ui.menuItem(Ui.window().getShell().getMenuBar(), "File", "Export Workshop Pack...").isEnabled());
        Ui.page().closeAllEditors(false);
        Ui.flush();
        for (String id : ids) {
            assertFalse(command(id).isEnabled(), id + " with no map");
        }
        assertFalse(command("dev.touchline.ui.newTouchpoint").isEnabled(), "no map, no New Touchpoint");
        Ui.menuItem(Ui.window().getShell().getMenuBar(), "File", "New Model...");
        assertTrue(command("dev.touchline.ui.newModel").isEnabled(), "New Model needs no map");
        assertFalse(Ui.menuItem(Ui.window().getShell().getMenuBar(), "File", "Export Workshop Pack...").isEnabled());
    }

    @Test
    void ctrl1IsQuickFixInTheProblemsViewAndOnlyForAFindingThatHasOne() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        ProblemsView problems = (ProblemsView) Ui.page().showView(TouchlineUi.PROBLEMS_VIEW_ID);
        Ui.page().activate(problems);
        Ui.flush();
        var binding = Ui.window().getService(IBindingService.class).getPerfectMatch(KeySequence.getInstance("M1+1"));
        assertNotNull(binding, "Ctrl+1 is bound");
        assertEquals("dev.touchline.ui.quickFix", binding.getParameterizedCommand().getId());

        Finding fixable = problems.shown().stream().filter(f -> f.rule() == Rule.TOUCHPOINT_METRIC).findFirst()
                .orElseThrow();
        problems.viewer().setSelection(new StructuredSelection(fixable), true);
        Ui.flush();
        assertTrue(command("dev.touchline.ui.quickFix").isEnabled(), "a missing metric has a quick fix");
        assertTrue(popupItem(problems.viewer().getTable(), "Quick Fix...").getEnabled());

        Finding unfixable = problems.shown().stream()
                .filter(f -> !dev.touchline.map.commands.QuickFixes.canFix(f)).findFirst().orElseThrow();
        problems.viewer().setSelection(new StructuredSelection(unfixable), true);
        Ui.flush();
        assertFalse(command("dev.touchline.ui.quickFix").isEnabled(), unfixable.rule().id() + " has no quick fix");

        // Show on Map, from the view's context menu
        problems.viewer().setSelection(new StructuredSelection(fixable), true);
        assertTrue(Ui.contextMenu(problems.viewer().getTable(), "Show on Map"));
        assertEquals(List.of(fixable.element()), editor.canvas().selection());
    }
}
