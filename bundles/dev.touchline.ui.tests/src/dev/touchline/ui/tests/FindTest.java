package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.map.MapSearch;
import dev.touchline.model.Department;
import dev.touchline.model.NamedElement;
import dev.touchline.ui.editor.JourneyMapEditor;

/** Edit > Find (Ctrl+F): type a name, the map shows the hits one by one, Esc goes back to the map. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class FindTest {

    @TempDir
    Path folder;

    @Test
    void ctrlFFindsByNameAndEnterStepsThroughTheHitsOnTheMap() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.page().activate(editor);
        Ui.command("org.eclipse.ui.edit.findReplace"); // what Ctrl+F runs
        Text find = editor.findField();
        assertTrue(find.isFocusControl(), "Ctrl+F puts the focus in the Find field");
        List<NamedElement> hits = MapSearch.find(editor.model(), "crew");

        find.setText("crew"); // as typed: each keystroke searches

        assertEquals("1 of " + hits.size(), editor.foundText());
        assertEquals(List.of(hits.get(0)), editor.canvas().selection());
        assertTrue(find.isFocusControl(), "typing goes on in the field");
        // Enter in a text field is its default selection (a synthetic key press does not make one)
        find.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        find.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        assertEquals("3 of " + hits.size(), editor.foundText(), "Enter: the next hit (twice here)");
        assertEquals(List.of(hits.get(2)), editor.canvas().selection());
        Ui.screenshot(Ui.window().getShell(), "find");
        editor.session().delete(List.of(hits.get(2)));
        Ui.flush();
        assertEquals((hits.size() - 1) + " found", editor.foundText(), "the count follows the edits");
        editor.domain().getCommandStack().undo();
        Ui.flush();

        find.setText("billing");
        Department billing = (Department) MapSearch.find(editor.model(), "billing").get(0);
        assertSame(billing, editor.canvas().lens().department(), "a department is shown through its lens");

        find.setText("no such thing at all");
        assertEquals("no match", editor.foundText());
        org.eclipse.swt.widgets.Event escape = new org.eclipse.swt.widgets.Event();
        escape.detail = SWT.TRAVERSE_ESCAPE;
        escape.doit = true;
        find.notifyListeners(SWT.Traverse, escape);
        Ui.flush();
        assertTrue(editor.canvas().isFocusControl(), "Esc goes back to the map");
    }
}
