package dev.touchline.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import dev.touchline.departments.DepartmentLens;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.Lane;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;

/**
 * One open journey map as the views and actions see it: its model and file, the editing domain
 * (every change is a command on its stack), the journey shown, the findings, the department lens
 * and the selection. A map editor adapts to it ({@link #of}); the views, the menus and the exports
 * work through this interface and never through the editor class, so they need nothing else from
 * it and a test can drive them with any map. No static state: each editor has its own session.
 */
public interface MapSession {

    /** The map session of a workbench part, or {@code null} when the part shows no journey map. */
    static MapSession of(IWorkbenchPart part) {
        return part == null ? null : Adapters.adapt(part, MapSession.class);
    }

    JourneyModel model();

    /** The model file. */
    Path file();

    /** The editing domain: its command stack holds every change (undo, redo, dirty state). */
    EditingDomain domain();

    /** Runs {@code command} on the command stack, when it can run. */
    void execute(Command command);

    /** The journey on the map, or {@code null} when the model has none. */
    Journey journey();

    void setJourney(Journey journey);

    /** The journey as the map lays it out now (lanes shown, findings), or {@code null} without a journey. */
    dev.touchline.map.MapLayout layout();

    /** The findings of the latest validation, indexed. */
    FindingIndex findings();

    /** Whether the findings reflect the latest edit (no validation pending). */
    boolean isValidationCurrent();

    /** The department lens, or {@code null}. */
    DepartmentLens lens();

    /** Turns the department lens on ({@code null}: off), focused on a stage when one is given. */
    void setLens(Department department, Stage focus);

    Set<Lane> visibleLanes();

    void setLaneVisible(Lane lane, boolean visible);

    /** The elements selected on the map. */
    List<EObject> selection();

    /** Shows an element: on the map when it is drawn there (switching journey if needed), else selected; activates the map. */
    void reveal(EObject element);

    /** Creates a {@code type} in {@code list} of {@code owner}, as one command. */
    void newChild(EObject owner, EReference list, EClass type);

    /** Deletes elements and every reference to them, as one command. */
    void delete(List<EObject> elements);

    /** Property sources for this map's elements (Properties and the Catalogues tables). */
    IPropertySourceProvider propertySources();

    /** Says {@code message} in the status line as this map's message ({@code null} clears it). */
    void status(String message);

    /** This map's status line message, or {@code null}. */
    String statusMessage();

    /** The shell dialogs about this map open on. */
    Shell shell();

    /** Listens to every change of model, findings or view state. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);
}
