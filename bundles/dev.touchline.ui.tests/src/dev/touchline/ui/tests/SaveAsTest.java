package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.RecentFiles;

/** File > Save As and File > Recent Files. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class SaveAsTest {

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    @TempDir
    Path folder;

    @Test
    void saveAsWritesTheNewFileKeepsTheOldOneAndEditsGoOnInTheNewOne() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path original = editor.file();
        byte[] before = Files.readAllBytes(original);
        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        editor.session().execute(JourneyMapCommands.editText(editor.domain(), crew, TouchlinePackage.Literals.NAMED_ELEMENT__NAME,
                "Crew arrives on time"));
        assertTrue(editor.isDirty());
        Path copy = folder.resolve("for the client");
        prompts.file = copy.toString();

        Ui.command("org.eclipse.ui.file.saveAs");

        Path saved = folder.resolve("for the client.touchline");
        assertEquals(saved, editor.file(), "the editor goes on with the new file (ending added)");
        assertFalse(editor.isDirty());
        assertEquals("Crew arrives on time", ((Touchpoint) ModelFiles.load(saved).eResource()
                .getEObject("tp-crew-arrives")).getName());
        assertArrayEquals(before, Files.readAllBytes(original), "the old file stays as it was");
        assertTrue(Ui.window().getShell().getText().startsWith("for the client.touchline"),
                Ui.window().getShell().getText());
        assertEquals(saved, RecentFiles.list().get(0));
        var files = (dev.touchline.ui.views.ModelFilesView) Ui.page().showView(dev.touchline.ui.TouchlineUi.MODEL_FILES_VIEW_ID);
        Ui.page().activate(editor);
        Ui.flush();
        assertNotNull(files.viewer().testFindItem(saved), "Model Files lists the new file");

        editor.session().execute(JourneyMapCommands.editText(editor.domain(), crew, TouchlinePackage.Literals.NAMED_ELEMENT__NAME,
                "Crew arrives"));
        Ui.command("org.eclipse.ui.file.save");
        assertEquals("Crew arrives", ((Touchpoint) ModelFiles.load(saved).eResource().getEObject("tp-crew-arrives"))
                .getName(), "Save writes the new file");
        assertArrayEquals(before, Files.readAllBytes(original));
        Ui.screenshot(Ui.window().getShell(), "save-as");
    }

    @Test
    void saveAsAddsTheEndingAndAsksBeforeReplacingAFileTheDialogDidNotAskAbout() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path existing = folder.resolve("plan.2027.touchline");
        Files.writeString(existing, "someone's other model");
        prompts.file = folder.resolve("plan.2027").toString();
        prompts.answer = 0; // Cancel

        Ui.command("org.eclipse.ui.file.saveAs");

        assertEquals("someone's other model", Files.readString(existing));
        assertTrue(prompts.said.stream().anyMatch(s -> s.contains("plan.2027.touchline exists. Replace it?")),
                prompts.said.toString());
        prompts.answer = 1; // Replace
        Ui.command("org.eclipse.ui.file.saveAs");
        assertEquals(existing, editor.file());
        assertEquals("Northwind Movers", ModelFiles.load(existing).getName());
    }

    @Test
    void savingAMapThatChangedOnDiskAsksBeforeOverwritingTheOtherChange() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        editor.session().execute(JourneyMapCommands.editText(editor.domain(), crew, TouchlinePackage.Literals.NAMED_ELEMENT__NAME,
                "Mine"));
        var theirs = ModelFiles.load(editor.file());
        theirs.setName("Theirs");
        ModelFiles.save(theirs, editor.file());
        byte[] their = Files.readAllBytes(editor.file());
        prompts.answer = 0; // Cancel

        Ui.command("org.eclipse.ui.file.save");

        assertArrayEquals(their, Files.readAllBytes(editor.file()), "not overwritten without asking");
        assertTrue(editor.isDirty());
        assertTrue(prompts.said.stream().anyMatch(s -> s.contains("changed on disk since you opened it")),
                prompts.said.toString());
        prompts.answer = 1; // Overwrite
        Ui.command("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        assertEquals("Mine", ((Touchpoint) ModelFiles.load(editor.file()).eResource().getEObject("tp-crew-arrives"))
                .getName());
        assertArrayEquals(their, Files.readAllBytes(ModelFiles.backupOf(editor.file())), "their version is the backup");
    }

    @Test
    void recentFilesReopenAClosedMap() throws Exception {
        RecentFiles.clear();
        JourneyMapEditor first = Ui.openSampleCopy(folder, "first.touchline");
        Path firstFile = first.file();
        Ui.openSampleCopy(folder, "second.touchline");
        Ui.page().closeAllEditors(false);
        Ui.flush();
        assertEquals(0, Ui.page().getEditorReferences().length);

        MenuItem recent = Ui.menuItem(Ui.window().getShell().getMenuBar(), "File", "Recent Files");
        Menu menu = recent.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem[] items = menu.getItems();
        assertTrue(items[0].getText().startsWith("&1  second.touchline"), items[0].getText());
        assertTrue(items[1].getText().startsWith("&2  first.touchline"), items[1].getText());
        items[1].notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.flush();

        assertEquals(1, Ui.page().getEditorReferences().length);
        JourneyMapEditor reopened = (JourneyMapEditor) Ui.page().getActiveEditor();
        assertNotNull(reopened);
        assertEquals(firstFile, reopened.file());
        assertEquals(firstFile, RecentFiles.list().get(0), "reopening moves it to the top");
    }

    /** The item at a path of menu texts (mnemonics ignored), each menu shown as on screen. */
}
