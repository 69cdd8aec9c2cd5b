package dev.touchline.ui.wizards;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import dev.touchline.io.Catalogues;
import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.util.ElementIds;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.editor.MapEditors;

/** File > New > Touchline Model: a blank model, or a copy of the Northwind Movers sample. */
public final class NewModelWizard extends Wizard implements INewWizard {

    static final String TEMPLATE = "templates/northwind-movers.touchline";
    private IWorkbench workbench;
    private NewModelPage page;

    public NewModelWizard() {
        setWindowTitle("New Touchline Model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewModelPage(startFolder());
        addPage(page);
    }

    /**
     * Where a new model goes unless the user says otherwise: beside the map in front, else beside
     * the model opened last, else the home folder (where it started every time).
     */
    private Path startFolder() {
        var window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        var editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        var session = editor == null ? null : dev.touchline.ui.session.MapSession.of(editor);
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        if (session != null) {
            candidates.add(session.file().toAbsolutePath().getParent());
        }
        dev.touchline.ui.editor.RecentFiles.list().stream().findFirst()
                .ifPresent(recent -> candidates.add(recent.toAbsolutePath().getParent()));
        return candidates.stream().filter(f -> f != null && Files.isDirectory(f)).findFirst()
                .orElse(Path.of(System.getProperty("user.home")));
    }

    /** The page (filled by the UI tests as a user would). */
    public NewModelPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        if (Files.exists(file)) {
            page.setErrorMessage(file + " already exists. Choose another name: Touchline never overwrites a model.");
            return false;
        }
        try {
            JourneyModel model = page.fromSample() ? sample() : blank(page.modelName());
            if (page.fromSample()) {
                model.setName(page.modelName());
            }
            ModelFiles.save(model, file);
        } catch (ModelFileException | IOException e) {
            page.setErrorMessage("Could not create " + file + ": " + e.getMessage());
            return false;
        }
        MapEditors.open(workbench.getActiveWorkbenchWindow(), file);
        return true;
    }

    /**
     * A blank model: one journey with three stages to start drawing on, and the standard
     * catalogue (metrics, channels, service values) to measure and place touchpoints with.
     */
    public static JourneyModel blank(String name) throws ModelFileException {
        TouchlineFactory factory = TouchlineFactory.eINSTANCE;
        JourneyModel model = factory.createJourneyModel();
        model.setName(name);
        Journey journey = factory.createJourney();
        journey.setName("New journey");
        model.getJourneys().add(journey);
        for (String stageName : new String[] { "Discover", "Buy", "Use" }) {
            Stage stage = factory.createStage();
            stage.setName(stageName);
            journey.getStages().add(stage);
        }
        model.setId("model");
        ElementIds.assignMissing(model);
        Catalogues.addTo(model, Catalogues.standard());
        return model;
    }

    /** The sample bundled with Touchline, freshly loaded. */
    public static JourneyModel sample() throws IOException, ModelFileException {
        URL entry = TouchlineUi.getDefault().getBundle().getEntry(TEMPLATE);
        if (entry == null) {
            throw new IOException("the sample template is missing from the Touchline installation");
        }
        Path copy = Files.createTempFile("touchline-template", ".touchline");
        try (var in = FileLocator.toFileURL(entry).openStream()) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return ModelFiles.load(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
