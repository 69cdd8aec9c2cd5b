package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.util.ModelIntegrity;
import dev.touchline.ui.editor.JourneyMapEditor;

/**
 * The three scenarios of issue 13, as a user met them: with two maps open, the Edit keys act on
 * the map in front; after closing the newest map they still work; paste, undo and one more edit
 * leave a model that saves.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class TwoMapsTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    private static <T> T byId(JourneyMapEditor editor, String id) {
        @SuppressWarnings("unchecked")
        T element = (T) editor.model().eResource().getEObject(id);
        return element;
    }

    private static void select(JourneyMapEditor editor, Object element) {
        var canvas = editor.canvas();
        var bounds = canvas.mapLayout().boundsOf((org.eclipse.emf.ecore.EObject) element);
        canvas.reveal((org.eclipse.emf.ecore.EObject) element);
        Ui.click(canvas, Ui.centerOf(canvas, element instanceof Stage stage
                ? canvas.mapLayout().columnOf(stage).header() : bounds));
        assertEquals(List.of(element), canvas.selection());
    }

    @Test
    void deleteAndUndoActOnTheMapInFrontNotTheLastOneOpened() throws Exception {
        JourneyMapEditor first = Ui.openSampleCopy(folder, "first.touchline");
        JourneyMapEditor second = Ui.openSampleCopy(folder, "second.touchline");
        byte[] secondBefore = ModelFiles.toBytes(second.model());

        Ui.page().activate(first);
        Ui.flush();
        Stage book = byId(first, "st-book");
        select(first, book);
        Ui.command("org.eclipse.ui.edit.delete");
        assertNull(book.eResource(), "the stage of the map in front is deleted");
        assertArrayEquals(secondBefore, ModelFiles.toBytes(second.model()), "the map behind is untouched");
        Ui.screenshot(Ui.window().getShell(), "two-maps-delete-in-front");

        Ui.key(first.canvas(), 'z', 'z', SWT.MOD1);
        assertTrue(first.model().getJourneys().get(0).getStages().contains(book), "Ctrl+Z undid it in the same map");
        assertFalse(first.isDirty());
        assertArrayEquals(secondBefore, ModelFiles.toBytes(second.model()));
    }

    @Test
    void afterClosingTheNewestMapTheEditKeysStillWorkInTheOther() throws Exception {
        JourneyMapEditor first = Ui.openSampleCopy(folder, "first.touchline");
        JourneyMapEditor second = Ui.openSampleCopy(folder, "second.touchline");
        Ui.page().closeEditor(second, false);
        Ui.flush();
        assertEquals(first, Ui.page().getActiveEditor());
        Touchpoint contract = byId(first, "tp-contract");
        select(first, contract);
        Ui.command("org.eclipse.ui.edit.delete");
        assertNull(contract.eResource(), "Delete reached the remaining map");
        Ui.command("org.eclipse.ui.edit.undo");
        assertTrue(contract.eResource() != null, "Undo reached the remaining map");
        Ui.command("org.eclipse.ui.edit.redo");
        assertNull(contract.eResource(), "Redo reached the remaining map");
    }

    @Test
    void pasteUndoAndAnotherEditLeaveAModelThatSaves() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Touchpoint ads = byId(editor, "tp-search-ads");
        select(editor, ads);
        Ui.command("org.eclipse.ui.edit.copy");
        Stage follow = byId(editor, "st-follow-up");
        select(editor, follow);
        Ui.command("org.eclipse.ui.edit.paste");
        assertEquals(ads.getName(), follow.getTouchpoints().get(follow.getTouchpoints().size() - 1).getName());
        Ui.command("org.eclipse.ui.edit.undo");
        select(editor, ads);
        Ui.command("org.eclipse.ui.edit.rename");
        editor.canvas().renameField().setText("Comparison sites");
        editor.canvas().renameField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals(List.of(), ModelIntegrity.outsideReferences(editor.model()));
        Ui.command("org.eclipse.ui.file.save");
        assertEquals(List.of(), prompts.said, "no error on saving");
        assertFalse(editor.isDirty());
        assertArrayEquals(ModelFiles.toBytes(editor.model()), Files.readAllBytes(editor.file()));
    }

    /**
     * The status line is shared by the maps: a message about one map ("Imported ...; Edit > Undo
     * takes it back") showed over the other map, and stayed after the undo it spoke of.
     */
    @Test
    void eachMapKeepsItsOwnStatusMessageUntilItsNextEdit() throws Exception {
        JourneyMapEditor first = Ui.openSampleCopy(folder, "first.touchline");
        JourneyMapEditor second = Ui.openSampleCopy(folder, "second.touchline");
        Ui.page().activate(first);
        Ui.flush();
        first.session().status("about the first map");

        Ui.page().activate(second);
        Ui.flush();
        assertFalse(statusLineShows("about the first map"), "the second map does not show the first's message");
        Ui.page().activate(first);
        Ui.flush();
        assertTrue(statusLineShows("about the first map"), "the first map shows its message again");

        select(first, byId(first, "st-book"));
        Ui.command("org.eclipse.ui.edit.delete");
        Ui.flush();
        assertNull(first.session().statusMessage(), "the next edit clears it");
        assertFalse(statusLineShows("about the first map"));
    }

    /** Whether a label of the window's status line shows {@code text}. */
    private static boolean statusLineShows(String text) {
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> controls = new java.util.ArrayDeque<>();
        controls.add(Ui.window().getShell());
        while (!controls.isEmpty()) {
            org.eclipse.swt.widgets.Control c = controls.pop();
            if (c instanceof org.eclipse.swt.custom.CLabel label && text.equals(label.getText()) && label.isVisible()) {
                return true;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite composite) {
                controls.addAll(List.of(composite.getChildren()));
            }
        }
        return false;
    }

    @Test
    void pasteGoesToTheMapInFront() throws Exception {
        JourneyMapEditor first = Ui.openSampleCopy(folder, "first.touchline");
        JourneyMapEditor second = Ui.openSampleCopy(folder, "second.touchline");
        Ui.page().activate(first);
        Ui.flush();
        select(first, byId(first, "tp-contract"));
        Ui.command("org.eclipse.ui.edit.copy");
        Ui.page().activate(second);
        Ui.flush();
        Stage follow = byId(second, "st-follow-up");
        int before = follow.getTouchpoints().size();
        select(second, follow);
        Ui.command("org.eclipse.ui.edit.paste");
        assertEquals(before + 1, follow.getTouchpoints().size());
        assertEquals(before, ((Stage) byId(first, "st-follow-up")).getTouchpoints().size());
        assertTrue(second.isDirty());
        assertFalse(first.isDirty());
    }
}
