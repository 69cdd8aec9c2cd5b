package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.MapLayout;
import dev.touchline.model.Persona;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;

/**
 * "New" menus built from the item providers, on the map and in the Outline; the Outline's Rename
 * and Delete; every step one command that Undo takes back.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class NewMenusTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    @Test
    void theMapsNewMenuOffersWhatTheSelectedCardCanHold() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapLayout.Card card = editor.canvas().mapLayout().cards().get(0);
        Touchpoint touchpoint = card.touchpoint();
        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), card.bounds()));
        int pains = touchpoint.getPainPoints().size();

        assertTrue(Ui.contextMenu(editor.canvas(), "New", "Pain Point"));

        assertEquals(pains + 1, touchpoint.getPainPoints().size());
        var created = touchpoint.getPainPoints().get(pains);
        assertEquals("New pain point", created.getName());
        assertNotNull(created.getId());
        assertNotNull(editor.canvas().mapLayout().boundsOf(created), "drawn on the map, in the pain points lane");
        Ui.key(editor.canvas(), SWT.ESC, (char) 27, 0); // leave the name as it is
        assertFalse(Ui.contextMenu(editor.canvas(), "New", "Journey"), "a card holds no journey");
        assertTrue(Ui.contextMenu(editor.canvas(), "New in Model", "Persona"));
        Persona persona = editor.model().getPersonas().get(editor.model().getPersonas().size() - 1);
        assertEquals("New persona", persona.getName());

        editor.domain().getCommandStack().undo();
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertEquals(pains, touchpoint.getPainPoints().size());
        assertFalse(editor.model().getPersonas().contains(persona));
    }

    @Test
    void aMeasurementFromTheNewMenuAsksForItsMetric() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapLayout.Card card = editor.canvas().mapLayout().cards().get(0);
        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), card.bounds()));
        int measurements = card.touchpoint().getMeasurements().size();
        prompts.answer = 2; // the third metric of the model

        assertTrue(Ui.contextMenu(editor.canvas(), "New", "Measurement"));

        assertEquals(measurements + 1, card.touchpoint().getMeasurements().size());
        assertEquals(editor.model().getMetrics().get(2),
                card.touchpoint().getMeasurements().get(measurements).getMetric(), prompts.said.toString());
    }

    /** Regression (issue 30): with the Outline in front the Edit menu was all grey, Undo included. */
    @Test
    void editDeleteUndoAndRedoWorkWhileTheOutlineHasTheFocus() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        ContentOutlinePage outline = (ContentOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        var outlineView = Ui.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        Ui.page().activate(outlineView);
        Ui.flush();
        assertEquals(outlineView, Ui.page().getActivePart(), "the Outline is the active part");
        var metric = editor.model().getMetrics().get(0);
        outline.setSelection(new StructuredSelection(metric));
        Ui.flush();

        Ui.command("org.eclipse.ui.edit.delete");
        assertFalse(editor.model().getMetrics().contains(metric), "Edit > Delete deletes the Outline's selection");
        Ui.command("org.eclipse.ui.edit.undo");
        assertTrue(editor.model().getMetrics().contains(metric), "Edit > Undo brings it back");
        Ui.command("org.eclipse.ui.edit.redo");
        assertFalse(editor.model().getMetrics().contains(metric), "Edit > Redo");
        Ui.command("org.eclipse.ui.edit.undo");
        outline.setSelection(new StructuredSelection(editor.model()));
        Ui.flush();
        assertFalse(Ui.window().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand("org.eclipse.ui.edit.delete").isEnabled(), "the model itself is not deleted");
    }

    @Test
    void theOutlineCreatesRenamesAndDeletes() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        ContentOutlinePage outline = (ContentOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        Ui.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        Ui.page().activate(editor);
        Ui.flush();
        Tree tree = (Tree) outline.getControl();
        int metrics = editor.model().getMetrics().size();
        outline.setSelection(new StructuredSelection(editor.model()));

        assertTrue(Ui.contextMenu(tree, "New", "Metric"));

        assertEquals(metrics + 1, editor.model().getMetrics().size());
        var metric = editor.model().getMetrics().get(metrics);
        assertEquals("New metric", metric.getName());
        outline.setSelection(new StructuredSelection(metric));
        prompts.text = "Net revenue retention";
        assertTrue(Ui.contextMenu(tree, "Rename..."));
        assertEquals("Net revenue retention", metric.getName());
        outline.setSelection(new StructuredSelection(List.of(metric)));
        Ui.key(tree, SWT.DEL, (char) 127, 0);
        assertFalse(editor.model().getMetrics().contains(metric));
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertTrue(editor.model().getMetrics().contains(metric), "Undo brings it back");
        editor.doSave(null);
        assertEquals("Net revenue retention", ModelFiles.load(editor.file()).getMetrics().get(metrics).getName());
    }
}
