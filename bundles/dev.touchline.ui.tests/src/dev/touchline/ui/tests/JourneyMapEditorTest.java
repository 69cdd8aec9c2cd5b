package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.Badge;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapCanvas;
import dev.touchline.ui.editor.MapEditors;
import dev.touchline.validation.Rule;

@Tag("ui")
@ExtendWith(ClosesEditors.class)
class JourneyMapEditorTest {

    @TempDir
    Path folder;

    private static <T> T byId(JourneyMapEditor editor, String id) {
        @SuppressWarnings("unchecked")
        T element = (T) editor.model().eResource().getEObject(id);
        return element;
    }

    @Test
    void theSampleOpensAsAJourneyMapWithEveryTouchpointOnIt() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapLayout layout = editor.canvas().mapLayout();
        assertEquals(6, layout.stages().size());
        assertEquals(30, layout.cards().size());
        Ui.validated(editor);
        assertEquals(2, editor.session().findings().report().findings().stream()
                .filter(f -> f.severity() == dev.touchline.validation.Severity.ERROR).count());
        assertEquals("northwind-movers.touchline", editor.getPartName());
        Ui.screenshot(editor.canvas(), "map");
        Ui.screenshot(Ui.window().getShell(), "workbench");
    }

    @Test
    void createRenameAndUndoATouchpointFromTheKeyboard() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Stage book = byId(editor, "st-book");
        int before = book.getTouchpoints().size();
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().columnOf(book).header()));
        assertEquals(List.of(book), canvas.selection());

        Ui.key(canvas, SWT.INSERT, '\0', 0);
        assertEquals(before + 1, book.getTouchpoints().size());
        assertNotNull(canvas.renameField(), "a new touchpoint opens for renaming");
        canvas.renameField().setText("Deposit receipt e-mail");
        canvas.renameField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        Touchpoint created = book.getTouchpoints().get(before);
        assertEquals("Deposit receipt e-mail", created.getName());
        assertTrue(editor.isDirty());
        assertNotNull(canvas.mapLayout().cardOf(created), "the new card is on the map");

        Ui.key(canvas, 'z', 'z', SWT.MOD1);
        assertEquals("New touchpoint", created.getName());
        Ui.key(canvas, 'z', 'z', SWT.MOD1);
        assertEquals(before, book.getTouchpoints().size());
        assertFalse(editor.isDirty());
        Ui.key(canvas, 'y', 'y', SWT.MOD1);
        assertEquals(before + 1, book.getTouchpoints().size());
    }

    /**
     * Regression (issue 13, found by {@link EditorModelTest}): with a card selected, Insert made
     * the touchpoint but the Outline, not yet showing it, cleared the map's selection, so the
     * rename field never opened and the name typed next was lost.
     */
    @Test
    void insertWithACardSelectedOpensTheNewCardForItsName() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        Ui.page().activate(editor);
        MapCanvas canvas = editor.canvas();
        Touchpoint hotline = byId(editor, "tp-hotline");
        canvas.reveal(hotline);
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().cardOf(hotline).bounds()));
        assertEquals(List.of(hotline), canvas.selection());
        Ui.key(canvas, SWT.INSERT, '\0', 0);
        assertNotNull(canvas.renameField(), "the new card opens for its name");
        canvas.renameField().setText("Callback request");
        canvas.renameField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        Stage stage = (Stage) hotline.eContainer();
        Touchpoint created = stage.getTouchpoints().get(stage.getTouchpoints().indexOf(hotline) + 1);
        assertEquals("Callback request", created.getName());
        assertEquals(List.of(created), canvas.selection());
    }

    /**
     * Regression (issue 13, found by {@link EditorModelTest}): Shift+Insert, once "new stage", is
     * the workbench's Paste on GTK, so it pasted the clipboard as well. A new stage is
     * Ctrl+Shift+Insert and pastes nothing.
     */
    @Test
    void aNewStageFromTheKeyboardPastesNothing() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Touchpoint contract = byId(editor, "tp-contract");
        canvas.reveal(contract);
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().cardOf(contract).bounds()));
        Ui.command("org.eclipse.ui.edit.copy");
        Stage book = byId(editor, "st-book");
        canvas.reveal(book);
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().columnOf(book).header()));
        int touchpoints = editor.canvas().mapLayout().cards().size();
        var stages = ((dev.touchline.model.Journey) book.eContainer()).getStages();
        int before = stages.size();
        Ui.key(canvas, SWT.INSERT, '\0', SWT.MOD1 | SWT.SHIFT);
        assertEquals(before + 1, stages.size());
        assertEquals("New stage", stages.get(stages.indexOf(book) + 1).getName());
        assertEquals(touchpoints, editor.canvas().mapLayout().cards().size(), "nothing pasted");
    }

    @Test
    void renameInPlaceWithF2() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Touchpoint contract = byId(editor, "tp-contract");
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().cardOf(contract).bounds()));
        Ui.key(canvas, SWT.F2, '\0', 0);
        assertEquals("Contract signature", canvas.renameField().getText());
        canvas.renameField().setText("E-signature of the contract");
        canvas.renameField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals("E-signature of the contract", contract.getName());
    }

    /** Regression (issue 30): F2 on a card off screen opened its field off screen too. */
    @Test
    void f2OnACardOffScreenBringsItIntoViewFirst() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        canvas.setZoom(2, 0, 0);
        Ui.flush();
        List<MapLayout.Card> cards = canvas.mapLayout().cards();
        MapLayout.Card last = cards.get(cards.size() - 1);
        org.eclipse.swt.graphics.Point at = canvas.toControl(last.bounds().x(), last.bounds().y());
        assertFalse(canvas.getClientArea().contains(at), "the card starts off screen: " + at);
        canvas.setSelection(List.of(last.touchpoint())); // as the Outline or Find select it

        Ui.key(canvas, SWT.F2, '\0', 0);

        assertNotNull(canvas.renameField());
        org.eclipse.swt.graphics.Rectangle field = canvas.renameField().getBounds();
        assertTrue(canvas.getClientArea().contains(field.x, field.y), "the field is in view: " + field);
        assertEquals(last.touchpoint().getName(), canvas.renameField().getText());
    }

    @Test
    void dragATouchpointToAnotherStageAndUndo() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        canvas.setZoom(0.5, 0, 0);
        Ui.flush();
        Touchpoint contract = byId(editor, "tp-contract");
        Stage book = byId(editor, "st-book");
        Stage prepare = byId(editor, "st-prepare");
        MapLayout layout = canvas.mapLayout();
        Point from = Ui.centerOf(canvas, layout.cardOf(contract).bounds());
        MapLayout.LaneBand backstage = layout.lane(Lane.BACKSTAGE);
        Point to = canvas.toControl(layout.columnOf(prepare).column().centerX(), backstage.bounds().bottom() - 8);
        Ui.drag(canvas, from, to);

        assertSame(prepare, contract.eContainer(), "dropped on the Prepare column");
        assertEquals(dev.touchline.model.Visibility.BACKSTAGE, contract.getVisibility(), "dropped in the backstage lane");
        assertSame(prepare, ((Stage) editor.canvas().mapLayout().cardOf(contract).touchpoint().eContainer()));

        // Undo through the workbench's Edit > Undo command, as the menu and Ctrl+Z do.
        Ui.page().activate(editor);
        editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        Ui.flush();
        assertSame(book, contract.eContainer());
        assertEquals(dev.touchline.model.Visibility.FRONTSTAGE, contract.getVisibility());
    }

    @Test
    void dragADepartmentOntoACardToMakeItTheOwner() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Ui.validated(editor);
        Touchpoint tracking = byId(editor, "tp-truck-tracking");
        Department it = byId(editor, "dep-it");
        assertNull(tracking.getOwner());
        canvas.reveal(tracking);
        Ui.flush();
        assertTrue(canvas.mapLayout().cardOf(tracking).badges().contains(Badge.NO_OWNER));

        PaletteDriver palette = new PaletteDriver(editor);
        Point target = canvas.toDisplay(Ui.centerOf(canvas, canvas.mapLayout().cardOf(tracking).bounds()));
        palette.dragDepartment(it, target);

        assertSame(it, tracking.getOwner());
        Ui.validated(editor);
        assertFalse(canvas.mapLayout().cardOf(tracking).badges().contains(Badge.NO_OWNER), "badge gone after revalidation");
        assertTrue(editor.session().findings().report().findings().stream()
                .noneMatch(f -> f.rule() == Rule.TOUCHPOINT_OWNER && f.element() == tracking));
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertNull(tracking.getOwner());
    }

    @Test
    void deleteWithTheKeyboardAndUndo() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Touchpoint reviews = byId(editor, "tp-reviews");
        Stage discover = byId(editor, "st-discover");
        canvas.reveal(reviews); // (in view whatever other views take of the window)
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().cardOf(reviews).bounds()));
        assertEquals(List.of(reviews), canvas.selection());
        Ui.key(canvas, SWT.DEL, (char) 127, 0);
        assertFalse(discover.getTouchpoints().contains(reviews), "active part " + Ui.page().getActivePart()
                + ", focus " + Ui.display().getFocusControl());
        assertNull(canvas.mapLayout().cardOf(reviews));
        String undo = String.valueOf(editor.domain().getCommandStack().getUndoCommand());
        Ui.key(canvas, 'z', 'z', SWT.MOD1);
        assertTrue(discover.getTouchpoints().contains(reviews), undo + " / now " + discover.getTouchpoints()
                + " redo " + editor.domain().getCommandStack().getRedoCommand());
    }

    @Test
    void copyAndPasteGiveTheCopyNewIds() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Touchpoint survey = byId(editor, "tp-survey-visit");
        Stage follow = byId(editor, "st-follow-up");
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().cardOf(survey).bounds()));
        Ui.key(canvas, 'c', 'c', SWT.MOD1);
        canvas.reveal(follow);
        Ui.click(canvas, Ui.centerOf(canvas, canvas.mapLayout().columnOf(follow).header()));
        int before = follow.getTouchpoints().size();
        Ui.key(canvas, 'v', 'v', SWT.MOD1);
        assertEquals(before + 1, follow.getTouchpoints().size());
        Touchpoint copy = follow.getTouchpoints().get(before);
        assertEquals(survey.getName(), copy.getName());
        assertFalse(copy.getId().equals(survey.getId()));
    }

    @Test
    void saveWritesTheFileAtomicallyAndItReopensWithTheEdit() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Touchpoint contract = byId(editor, "tp-contract");
        editor.session().execute(dev.touchline.map.commands.JourneyMapCommands.rename(editor.domain(), contract, "Signed online"));
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        Path file = editor.file();
        JourneyModel onDisk = ModelFiles.load(file);
        assertEquals("Signed online", ((Touchpoint) onDisk.eResource().getEObject("tp-contract")).getName());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file, ModelFiles.backupOf(file)), files.sorted().toList(),
                    "the model and the backup of its previous version; no temporary file");
        }
        Ui.page().closeAllEditors(false);
        JourneyMapEditor reopened = (JourneyMapEditor) MapEditors.open(Ui.window(), file);
        assertEquals("Signed online", ((Touchpoint) byId(reopened, "tp-contract")).getName());
        assertFalse(reopened.isDirty());
    }

    @Test
    void hidingALaneRemovesItFromTheMap() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        int height = editor.canvas().mapLayout().height();
        editor.session().setLaneVisible(Lane.METRICS, false);
        assertNull(editor.canvas().mapLayout().lane(Lane.METRICS));
        assertTrue(editor.canvas().mapLayout().height() < height);
        editor.session().setLaneVisible(Lane.METRICS, true);
        assertEquals(height, editor.canvas().mapLayout().height());
    }

    @Test
    void zoomWithCtrlWheelAndZoomToFit() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        assertEquals(1.0, canvas.zoom());
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.x = 400;
        wheel.y = 300;
        wheel.count = -3;
        wheel.stateMask = SWT.MOD1;
        canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertTrue(canvas.zoom() < 1.0, "Ctrl+wheel down zooms out");
        Ui.key(canvas, '0', '0', SWT.MOD1);
        MapLayout layout = canvas.mapLayout();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        assertTrue(layout.width() * canvas.zoom() <= area.width + 1 && layout.height() * canvas.zoom() <= area.height + 1,
                "the whole map fits after Ctrl+0");
    }

    @Test
    void theJourneyBoxSwitchesBetweenJourneys() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Stage book = byId(editor, "st-book");
        editor.canvas().setSelection(List.of());
        editor.session().execute(org.eclipse.emf.edit.command.AddCommand.create(editor.domain(), editor.model(),
                dev.touchline.model.TouchlinePackage.Literals.JOURNEY_MODEL__JOURNEYS,
                journey("Move office")));
        dev.touchline.model.Journey office = editor.model().getJourneys().get(1);
        editor.session().setJourney(office);
        assertEquals(office, editor.canvas().mapLayout().journey());
        assertNull(editor.canvas().mapLayout().columnOf(book), "the other journey's stages are not drawn");
        editor.session().setJourney(editor.model().getJourneys().get(0));
        assertNotNull(editor.canvas().mapLayout().columnOf(book));
    }

    @Test
    void paletteButtonsCreateElementsAndCtrlSSavesThroughTheWorkbench() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        int departments = editor.model().getDepartments().size();
        org.eclipse.swt.widgets.Button button = Ui.button(editor.palette(), "+ Department");
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals(departments + 1, editor.model().getDepartments().size());
        assertTrue(editor.isDirty());
        Ui.page().activate(editor);
        editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
        Ui.flush();
        assertFalse(editor.isDirty());
        assertEquals(departments + 1, ModelFiles.load(editor.file()).getDepartments().size());
    }

    private static dev.touchline.model.Journey journey(String name) {
        dev.touchline.model.Journey journey = dev.touchline.model.TouchlineFactory.eINSTANCE.createJourney();
        journey.setId("jr-office");
        journey.setName(name);
        Stage stage = dev.touchline.model.TouchlineFactory.eINSTANCE.createStage();
        stage.setId("st-office-plan");
        stage.setName("Plan");
        journey.getStages().add(stage);
        return journey;
    }


    @Test
    void theContextMenuSetsSupportersAndShowsNamesAsWritten() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Touchpoint ads = (Touchpoint) editor.model().eResource().getEObject("tp-search-ads");
        editor.canvas().setSelection(List.of(ads));
        org.eclipse.swt.widgets.Menu menu = editor.canvas().getMenu();
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        org.eclipse.swt.widgets.Menu supporters = submenu(menu, "Supporting departments");
        supporters.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> items = java.util.Arrays.stream(supporters.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText)
                .toList();
        assertTrue(items.contains("Billing && Accounting"), "'&' is shown, not taken as a mnemonic: " + items);
        assertTrue(items.contains("Marketing (owner)"), items.toString());
        org.eclipse.swt.widgets.MenuItem it = java.util.Arrays.stream(supporters.getItems())
                .filter(m -> m.getText().equals("IT")).findFirst().orElseThrow();
        assertEquals(SWT.CHECK, it.getStyle() & SWT.CHECK);
        assertFalse(it.getSelection());

        it.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("IT"), ads.getSupporters().stream().map(Department::getName).toList());
        menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
        editor.domain().getCommandStack().undo();
        assertTrue(ads.getSupporters().isEmpty());
    }

    private static org.eclipse.swt.widgets.Menu submenu(org.eclipse.swt.widgets.Menu menu, String text) {
        return java.util.Arrays.stream(menu.getItems()).filter(m -> text.equals(m.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text)).getMenu();
    }
}
