package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapCanvas;

/** Points of issue 14 (the first hour in the workbench), as a new user met them. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class FirstHourTest {

    @TempDir
    Path folder;

    private static <T> T byId(JourneyMapEditor editor, String id) {
        @SuppressWarnings("unchecked")
        T element = (T) editor.model().eResource().getEObject(id);
        return element;
    }

    /** The value Properties shows for a property, as on screen (the tree's second column). */
    private static String shown(PropertySheet view, String property) {
        Tree tree = (Tree) view.getCurrentPage().getControl();
        for (TreeItem item : tree.getItems()) {
            String value = find(item, property);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean contains(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (text.equals(item.getText()) || contains(item.getItems(), text)) {
                return true;
            }
        }
        return false;
    }

    private static String find(TreeItem item, String property) {
        if (property.equals(item.getText(0))) {
            return item.getText(1);
        }
        for (TreeItem child : item.getItems()) {
            String value = find(child, property);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Test
    void propertiesFollowARenameAndItsUndoOnTheMap() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        PropertySheet view = (PropertySheet) Ui.page().showView(IPageLayout.ID_PROP_SHEET);
        Ui.page().activate(editor);
        MapCanvas canvas = editor.canvas();
        Touchpoint contract = byId(editor, "tp-contract");
        canvas.reveal(contract);
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().cardOf(contract).bounds()));
        Ui.flush();
        assertEquals("Contract signature", shown(view, "Name"));

        Ui.command("org.eclipse.ui.edit.rename");
        canvas.renameField().setText("E-signature");
        canvas.renameField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals("E-signature", shown(view, "Name"), "Properties shows the new name at once");
        Ui.command("org.eclipse.ui.edit.undo");
        assertEquals("Contract signature", shown(view, "Name"), "and the old one after Undo");
        Ui.screenshot(Ui.window().getShell(), "properties-follow-the-map");
        Ui.page().hideView(view); // the window as other tests expect it
    }

    @Test
    void aNewStageComesIntoViewReadyForItsName() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.page().activate(editor);
        MapCanvas canvas = editor.canvas();
        canvas.setZoom(1.5, 0, 0);
        Ui.flush();
        Journey journey = editor.session().journey();
        Stage first = journey.getStages().get(0);
        canvas.reveal(first);
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().columnOf(first).header()));
        // After the first stage: at 150 % the new column starts where the view ends.
        Ui.key(canvas, SWT.INSERT, '\0', SWT.MOD1 | SWT.SHIFT);
        Stage created = journey.getStages().get(1);
        assertEquals("New stage", created.getName());
        assertNotNull(canvas.renameField(), "its name is open for typing");
        Point header = Ui.centerOf(canvas, canvas.mapLayout().columnOf(created).header());
        assertTrue(canvas.getClientArea().contains(header), "the new column is in view: " + header);
        canvas.renameField().setText("Compare offers");
        canvas.renameField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals("Compare offers", created.getName());
        var outline = (org.eclipse.ui.views.contentoutline.IContentOutlinePage) editor
                .getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        Ui.waitUntil("the Outline shows the new name", () -> outline.getControl() == null
                || contains(((Tree) outline.getControl()).getItems(), "Stage Compare offers"));
        Ui.screenshot(Ui.window().getShell(), "new-stage-in-view");
    }

    /** Double-clicks a map point and types into the field that opens, confirming with Enter. */
    private static void editAt(MapCanvas canvas, Point at, String expectedBefore, String typed) {
        Ui.mouse(canvas, SWT.MouseDoubleClick, at.x, at.y, 1, 0);
        assertNotNull(canvas.renameField(), "a double-click opens the text at " + at);
        assertEquals(expectedBefore, canvas.renameField().getText());
        canvas.renameField().setText(typed);
        Ui.key(canvas.renameField(), SWT.CR, '\r', 0);
        Ui.flush();
    }

    @Test
    void aDoubleClickEditsTheTextClickedCustomerActionsGoalOrJourneyName() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Stage book = byId(editor, "st-book");
        String name = book.getName();
        String actions = book.getCustomerActions();
        canvas.reveal(book);
        canvas.setSelection(List.of());
        var note = canvas.mapLayout().notes().stream()
                .filter(n -> n.element() == book && n.lane() == dev.touchline.map.Lane.ACTIONS).findFirst().orElseThrow();
        editAt(canvas, Ui.centerOf(canvas, note.bounds()), actions, "Signs the contract online and pays the deposit");
        assertEquals("Signs the contract online and pays the deposit", book.getCustomerActions());
        assertEquals(name, book.getName(), "the stage keeps its name");

        var header = canvas.mapLayout().columnOf(book).header();
        String goal = book.getCustomerGoal();
        editAt(canvas, canvas.toControl(header.centerX(), header.y() + dev.touchline.map.JourneyMapLayout.HEADER_GOAL_Y
                + 10), goal, "Secure the date without a visit");
        assertEquals("Secure the date without a visit", book.getCustomerGoal());
        editAt(canvas, canvas.toControl(header.centerX(), header.y() + 12), name, "Book the move");
        assertEquals("Book the move", book.getName());

        Journey journey = editor.session().journey();
        editAt(canvas, new Point(30, 15), journey.getName(), "Move house with us");
        assertEquals("Move house with us", journey.getName());
        Ui.screenshot(Ui.window().getShell(), "edit-where-clicked");

        for (int i = 0; i < 4; i++) {
            Ui.command("org.eclipse.ui.edit.undo");
        }
        assertEquals(actions, book.getCustomerActions());
        assertEquals(goal, book.getCustomerGoal());
        assertEquals(name, book.getName());
        assertEquals("Move house", journey.getName());
    }

    /** The Problems view on the editor's validated map, the editor active again. */
    private static dev.touchline.ui.views.ProblemsView problemsOf(JourneyMapEditor editor) throws Exception {
        Ui.validated(editor);
        var problems = (dev.touchline.ui.views.ProblemsView) Ui.page()
                .showView(dev.touchline.ui.TouchlineUi.PROBLEMS_VIEW_ID);
        Ui.page().activate(editor);
        return problems;
    }

    @Test
    void problemsKeepModelOrderAfterRevalidationAndNameTheDepartmentsConcerned() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        var problems = problemsOf(editor);
        // Edits that make elements be validated again, late in the model first and then early.
        Touchpoint tracking = byId(editor, "tp-truck-tracking");
        Touchpoint contract = byId(editor, "tp-contract");
        editor.session().execute(dev.touchline.map.commands.JourneyMapCommands.rename(editor.domain(), tracking, "Live tracking"));
        editor.session().execute(dev.touchline.map.commands.JourneyMapCommands.rename(editor.domain(), contract, "E-contract"));
        Ui.validated(editor);
        Ui.flush();
        List<String> shown = problems.shown().stream().map(f -> f.rule().id() + " " + f.elementId()).toList();
        List<String> full = new dev.touchline.validation.ModelValidator().validate(editor.model()).errorsFirst().stream()
                .map(f -> f.rule().id() + " " + f.elementId()).toList();
        assertEquals(full, shown, "the same rows, in the same order, as a full validation");
        var table = problems.viewer().getTable();
        for (int row = 0; row < table.getItemCount(); row++) {
            var finding = problems.shown().get(row);
            if (finding.rule() == dev.touchline.validation.Rule.TOUCHPOINT_OWNER) {
                assertEquals(finding.departmentNames(), table.getItem(row).getText(3));
                assertTrue(!finding.departments().isEmpty() && !"No owner".equals(table.getItem(row).getText(3)),
                        "an unowned touchpoint's supporters are named: " + table.getItem(row).getText(3));
            }
        }
        Ui.screenshot(Ui.window().getShell(), "problems-in-model-order");
    }

    @Test
    void arrowKeysWalkTheMapAndF2RenamesWhereTheyStop() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        canvas.setSelection(List.of());
        Ui.key(canvas, SWT.ARROW_RIGHT, '\0', 0);
        Journey journey = editor.session().journey();
        assertEquals(List.of(journey.getStages().get(0)), canvas.selection(), "the first stage");
        Ui.key(canvas, SWT.ARROW_RIGHT, '\0', 0);
        Stage second = journey.getStages().get(1);
        assertEquals(List.of(second), canvas.selection());
        Ui.key(canvas, SWT.ARROW_DOWN, '\0', 0);
        assertEquals(1, canvas.selection().size());
        assertTrue(canvas.selection().get(0) instanceof Touchpoint t && t.eContainer() == second,
                "down from a stage: one of its cards, " + canvas.selection());
        Touchpoint card = (Touchpoint) canvas.selection().get(0);
        Ui.key(canvas, SWT.F2, '\0', 0);
        assertEquals(card.getName(), canvas.renameField().getText(), "F2 renames where the arrows stopped");
        Ui.key(canvas.renameField(), SWT.ESC, '\0', 0);
        Ui.screenshot(Ui.window().getShell(), "arrow-keys");
    }

    @Test
    void theZoomLevelIsShownAndFollowsEveryZoom() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        canvas.setZoom(1, 0, 0);
        assertEquals("100 %", editor.zoomShown());
        canvas.setZoom(0.5, 0, 0);
        assertEquals("50 %", editor.zoomShown());
        Ui.key(canvas, '=', '=', SWT.MOD1);
        assertEquals(Math.round(canvas.zoom() * 100) + " %", editor.zoomShown());
        assertEquals("63 %", editor.zoomShown(), "Ctrl+= zooms in by a quarter");
        canvas.zoomToFit();
        assertEquals(Math.round(canvas.zoom() * 100) + " %", editor.zoomShown());
    }

    @Test
    void problemsFollowTheDepartmentLens() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        var problems = problemsOf(editor);
        int all = problems.shown().size();
        dev.touchline.model.Department marketing = byId(editor, "dep-marketing");
        dev.touchline.model.Department it = byId(editor, "dep-it");
        editor.session().setLens(it, null);
        Ui.flush();
        assertTrue(!problems.shown().isEmpty() && problems.shown().size() < all, problems.shown().toString());
        assertTrue(problems.shown().stream().allMatch(f -> f.departments().contains(it)));
        assertTrue(problems.getContentDescription().contains("concerning IT"), problems.getContentDescription());
        editor.session().setLens(marketing, null);
        Ui.flush();
        assertTrue(problems.shown().stream().allMatch(f -> f.departments().contains(marketing)));
        editor.session().setLens(null, null);
        Ui.flush();
        assertEquals(all, problems.shown().size(), "every finding again with the lens off");
        assertTrue(!problems.getContentDescription().contains("concerning"));
    }

    @Test
    void theWindowTitleNamesTheMapInFrontAndItsUnsavedChanges() throws Exception {
        JourneyMapEditor first = Ui.openSampleCopy(folder, "first.touchline");
        assertEquals("first.touchline \u2014 Touchline", Ui.window().getShell().getText());
        first.canvas().setSelection(List.of((Touchpoint) byId(first, "tp-contract")));
        Ui.command("org.eclipse.ui.edit.delete");
        assertEquals("*first.touchline \u2014 Touchline", Ui.window().getShell().getText());
        Ui.openSampleCopy(folder, "second.touchline");
        assertEquals("second.touchline \u2014 Touchline", Ui.window().getShell().getText());
        Ui.page().activate(first);
        Ui.flush();
        assertEquals("*first.touchline \u2014 Touchline", Ui.window().getShell().getText());
        Ui.page().closeAllEditors(false);
        Ui.flush();
        assertEquals("Touchline", Ui.window().getShell().getText());
    }
}
