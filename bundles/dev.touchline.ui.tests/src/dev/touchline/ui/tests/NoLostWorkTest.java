package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.io.Recovery;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.RecoveryOffer;

/** Issue 4's "saving never loses work", as the editor does it. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class NoLostWorkTest {

    @TempDir
    Path folder;
    @TempDir
    Path recoveryFolder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    private String recoveryBefore;

    @BeforeEach
    void useOwnRecoveryFolder() {
        recoveryBefore = System.setProperty("touchline.recovery", recoveryFolder.toString());
    }

    @AfterEach
    void restoreRecoveryFolder() {
        if (recoveryBefore == null) {
            System.clearProperty("touchline.recovery");
        } else {
            System.setProperty("touchline.recovery", recoveryBefore);
        }
    }

    private static Touchpoint touchpoint(JourneyMapEditor editor, String id) {
        return (Touchpoint) editor.model().eResource().getEObject(id);
    }

    private static void rename(JourneyMapEditor editor, String id, String name) {
        editor.session().execute(JourneyMapCommands.rename(editor.domain(), touchpoint(editor, id), name));
    }

    private static void changeOnDisk(Path file, String id, String name) throws Exception {
        JourneyModel other = ModelFiles.load(file);
        ((Touchpoint) other.eResource().getEObject(id)).setName(name);
        ModelFiles.save(other, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    }

    @Test
    void aFailedSaveTellsTheUserKeepsTheEditorDirtyAndLeavesTheFileAsItWas() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        byte[] before = Files.readAllBytes(editor.file());
        Department stray = TouchlineFactory.eINSTANCE.createDepartment(); // in no model: cannot be written as an id
        stray.setId("dep-stray");
        editor.session().execute(JourneyMapCommands.assignOwner(editor.domain(), touchpoint(editor, "tp-contract"), stray));
        editor.doSave(null);
        assertTrue(editor.isDirty());
        assertArrayEquals(before, Files.readAllBytes(editor.file()));
        assertEquals(1, prompts.said.size());
        assertTrue(prompts.said.get(0).startsWith("Could not save northwind-movers.touchline"), prompts.said.get(0));
        assertTrue(prompts.said.get(0).contains("still open in the editor"), prompts.said.get(0));
    }

    /** Regression (issue 13): a failing recovery copy was only written to the workspace log. */
    @Test
    void aRecoveryCopyThatCannotBeWrittenIsShownOnceNotEveryFewSeconds() throws Exception {
        Files.writeString(recoveryFolder.resolve("blocked"), "a file where the folder should be");
        System.setProperty("touchline.recovery", recoveryFolder.resolve("blocked").toString());
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        rename(editor, "tp-contract", "Contract e-signature");
        editor.autosaveNow();
        editor.autosaveNow();
        editor.autosaveNow();
        assertEquals(1, prompts.said.size(), prompts.said.toString());
        assertTrue(prompts.said.get(0).startsWith("No recovery copy of northwind-movers.touchline"), prompts.said.get(0));
        assertTrue(prompts.said.get(0).contains("Save the map to keep your work"), prompts.said.get(0));
    }

    @Test
    void aFileChangedOnDiskIsNoticedAndReloadedWhenTheEditorHasNoChanges() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        changeOnDisk(editor.file(), "tp-reviews", "Reviews on the comparison site");
        prompts.answer = 0; // Reload
        JourneyMapEditor shown = editor.checkFileOnDisk();
        assertNotSame(editor, shown, "reloaded");
        assertEquals("Reviews on the comparison site", touchpoint(shown, "tp-reviews").getName());
        assertTrue(prompts.said.get(0).contains("changed on disk"), prompts.said.get(0));
        assertSame(shown, shown.checkFileOnDisk(), "asked once per change");
        assertEquals(1, prompts.said.size());
    }

    @Test
    void withUnsavedChangesTheUserCanKeepTheirsAndSaveOverTheFile() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        rename(editor, "tp-contract", "Signed online");
        changeOnDisk(editor.file(), "tp-reviews", "Changed elsewhere");
        prompts.answer = 0; // Keep mine
        assertSame(editor, editor.checkFileOnDisk());
        assertTrue(prompts.said.get(0).contains("unsaved changes"), prompts.said.get(0));
        assertTrue(editor.isDirty());
        assertEquals("Signed online", touchpoint(editor, "tp-contract").getName());
        editor.doSave(null);
        JourneyModel onDisk = ModelFiles.load(editor.file());
        assertEquals("Signed online", ((Touchpoint) onDisk.eResource().getEObject("tp-contract")).getName());
        assertEquals("Changed elsewhere", ((Touchpoint) ModelFiles.load(ModelFiles.backupOf(editor.file()))
                .eResource().getEObject("tp-reviews")).getName(), "the overwritten version is the backup");
    }

    @Test
    void unsavedWorkIsAutosavedAsARecoveryCopyAndOfferedAfterACrash() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Path file = editor.file();
        Recovery recovery = Recovery.standard();
        assertNull(recovery.find(file));
        rename(editor, "tp-contract", "Signed online");
        editor.autosaveNow();
        Recovery.Entry entry = recovery.find(file);
        assertNotNull(entry, "a recovery copy of the unsaved work");
        assertEquals("Signed online", ((Touchpoint) ModelFiles.load(entry.copy()).eResource()
                .getEObject("tp-contract")).getName());
        editor.doSave(null);
        assertNull(recovery.find(file), "saved: nothing to recover");

        // A crash: the recovery copy is there at the next start (written here as the editor would;
        // the editor is closed first, as closing it discards its copy).
        Ui.page().closeAllEditors(false);
        Ui.flush();
        JourneyModel unsaved = ModelFiles.load(file);
        ((Touchpoint) unsaved.eResource().getEObject("tp-reviews")).setName("Edited before the crash");
        recovery.write(file, unsaved);
        byte[] original = Files.readAllBytes(file);
        prompts.answer = 0; // Open recovered copy
        assertEquals(1, RecoveryOffer.offer(Ui.window()));
        Path restored = folder.resolve("northwind-movers (recovered).touchline");
        assertTrue(Files.exists(restored));
        assertEquals("Edited before the crash", ((Touchpoint) ModelFiles.load(restored).eResource()
                .getEObject("tp-reviews")).getName());
        assertArrayEquals(original, Files.readAllBytes(file), "the original is never overwritten");
        assertTrue(recovery.pending().isEmpty());
        assertTrue(Ui.page().getActiveEditor() instanceof JourneyMapEditor open && open.file().equals(restored));
    }

    @Test
    void closingWithoutSavingDiscardsTheRecoveryCopy() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        rename(editor, "tp-contract", "Signed online");
        editor.autosaveNow();
        assertNotNull(Recovery.standard().find(editor.file()));
        Path file = editor.file();
        Ui.page().closeEditor(editor, false);
        Ui.flush();
        assertNull(Recovery.standard().find(file));
        assertFalse(Files.readString(file).contains("Signed online"));
    }
}
