package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.wizards.NewModelWizard;

@Tag("ui")
@ExtendWith(ClosesEditors.class)
class NewModelWizardTest {

    @TempDir
    Path folder;

    private IEditorPart runWizard(String file, String name, boolean fromSample) {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(Ui.window().getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(Ui.window().getShell(), wizard);
        dialog.create();
        wizard.page().fill(folder, file, name, fromSample);
        assertTrue(wizard.canFinish(), "the page accepts the input");
        assertTrue(wizard.performFinish(), () -> "the wizard says: " + wizard.page().getErrorMessage());
        dialog.close();
        Ui.flush();
        return Ui.page().getActiveEditor();
    }

    /** Regression (issue 30): the wizard started in the home folder whatever map was open. */
    @Test
    void theWizardStartsBesideTheMapInFront() throws Exception {
        Path maps = Files.createDirectories(folder.resolve("client maps"));
        Ui.openSampleCopy(maps);
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(Ui.window().getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(Ui.window().getShell(), wizard);
        dialog.create();
        try {
            assertEquals(maps.toAbsolutePath().normalize(), wizard.page().folder().toAbsolutePath().normalize());
        } finally {
            dialog.close();
        }
    }

    @Test
    void aBlankModelIsCreatedAndOpened() throws Exception {
        IEditorPart editor = runWizard("retail", "Retail journeys", false);
        Path file = folder.resolve("retail.touchline");
        JourneyModel model = ModelFiles.load(file);
        assertEquals("Retail journeys", model.getName());
        assertEquals(3, model.getJourneys().get(0).getStages().size());
        assertTrue(editor instanceof JourneyMapEditor map && map.file().equals(file));
    }

    @Test
    void theSampleTemplateGivesACopyOfNorthwindMovers() throws Exception {
        runWizard("workshop.touchline", "Workshop copy", true);
        JourneyModel model = ModelFiles.load(folder.resolve("workshop.touchline"));
        assertEquals("Workshop copy", model.getName());
        assertEquals(30, model.getJourneys().get(0).getStages().stream().mapToInt(s -> s.getTouchpoints().size())
                .sum());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path existing = folder.resolve("taken.touchline");
        Files.writeString(existing, "keep me");
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(Ui.window().getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(Ui.window().getShell(), wizard);
        dialog.create();
        wizard.page().fill(folder, "taken.touchline", "Taken", false);
        assertFalse(wizard.canFinish());
        dialog.close();
        assertEquals("keep me", Files.readString(existing));
    }
}
