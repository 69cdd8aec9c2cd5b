package dev.touchline.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import dev.touchline.departments.DepartmentLens;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.provider.TouchlineItemProviderAdapterFactory;
import dev.touchline.ui.properties.ModelPropertySourceProvider;
import dev.touchline.ui.session.MapSession;

/**
 * The {@link MapSession} a map editor adapts to, and what the editor's helpers (editing, actions,
 * tool row, exchange, outline) share: the model and its editing domain, the journey shown, the
 * lanes, the findings of live validation, the lens and selection (kept by the canvas), and the
 * change listeners. It knows the editor only as a workbench part (to activate it) and its status
 * line, so no helper holds the editor class.
 */
final class EditorSession implements MapSession, MapCanvas.Host {

    private final IWorkbenchPart part;
    private final JourneyModel model;
    private final Supplier<Path> file;
    private final Supplier<IStatusLineManager> statusLine;
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
    private final AdapterFactoryEditingDomain domain;
    private final ListenerList<Runnable> changeListeners = new ListenerList<>();
    private final Set<Lane> lanes = EnumSet.allOf(Lane.class);
    private final MapEditing editing = new MapEditing(this);
    private final EditActions actions = new EditActions(this);
    private Journey journey;
    private FindingIndex findings = FindingIndex.NONE;
    private LiveValidation validation;
    private String statusMessage;
    private MapCanvas canvas;
    private Runnable controlsRefresh = () -> {
    };
    private Runnable findFocus = () -> {
    };

    EditorSession(IWorkbenchPart part, JourneyModel model, Supplier<Path> file, Supplier<IStatusLineManager> statusLine) {
        this.part = part;
        this.model = model;
        this.file = file;
        this.statusLine = statusLine;
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new TouchlineItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        domain.getResourceSet().getResources().add(model.eResource());
        journey = model.getJourneys().isEmpty() ? null : model.getJourneys().get(0);
    }

    /**
     * The editor's controls exist: validation starts, every refresh also updates {@code controls},
     * and Edit > Find runs {@code find}.
     */
    void attach(MapCanvas mapCanvas, Runnable controls, Runnable find) {
        this.canvas = mapCanvas;
        this.controlsRefresh = controls;
        this.findFocus = find;
        validation = new LiveValidation(model);
        findings = new FindingIndex(validation.current());
        refresh();
    }

    /**
     * After a change on the command stack: validate first, then lay out and tell the views once;
     * what the command touched is selected, and the Edit actions follow.
     */
    void changed() {
        if (journey != null && journey.eResource() == null) {
            journey = model.getJourneys().isEmpty() ? null : model.getJourneys().get(0);
        }
        findings = new FindingIndex(validation.current());
        refresh();
        Command last = commandStack().getMostRecentCommand();
        if (last != null && !last.getAffectedObjects().isEmpty()) {
            List<EObject> affected = new ArrayList<>();
            for (Object o : last.getAffectedObjects()) {
                if (o instanceof EObject e && e.eResource() != null) {
                    affected.add(e);
                }
            }
            canvas.setSelection(affected);
        }
        actions.update();
    }

    /** Recomputes the layout and tells the controls and views; cheap enough to run after every edit. */
    void refresh() {
        if (!isOpen()) {
            return;
        }
        DepartmentLens lens = canvas.lens();
        if (lens != null && lens.department().eResource() == null) {
            canvas.setLens(null); // its department was deleted
        }
        canvas.setMapLayout(journey == null ? null : JourneyMapLayout.of(journey, lanes, findings));
        controlsRefresh.run();
        for (Runnable listener : changeListeners) {
            listener.run();
        }
    }

    /** Puts the keyboard focus in the Find field (Edit > Find, Ctrl+F). */
    void focusFind() {
        findFocus.run();
    }

    boolean isOpen() {
        return canvas != null && !canvas.isDisposed();
    }

    MapCanvas canvas() {
        return canvas;
    }

    MapEditing editing() {
        return editing;
    }

    EditActions actions() {
        return actions;
    }

    CommandStack commandStack() {
        return domain.getCommandStack();
    }

    ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    IWorkbenchPart part() {
        return part;
    }

    /**
     * Shows an element without taking the keyboard focus (Find keeps it in its field): its journey
     * on the map, the element selected and scrolled into view; a department through its lens.
     */
    void show(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Journey owner && owner != journey) {
                setJourney(owner);
            }
        }
        if (element instanceof Department department) {
            setLens(department, null);
        }
        if (!canvas.reveal(element)) {
            canvas.setSelection(List.of(element));
        }
    }

    void dispose() {
        if (validation != null) {
            validation.dispose();
        }
        adapterFactory.dispose();
    }

    // --- MapSession ------------------------------------------------------------------------------

    @Override
    public JourneyModel model() {
        return model;
    }

    @Override
    public Path file() {
        return file.get();
    }

    @Override
    public EditingDomain domain() {
        return domain;
    }

    @Override
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    @Override
    public Journey journey() {
        return journey;
    }

    @Override
    public void setJourney(Journey next) {
        journey = next;
        canvas.setSelection(List.of());
        refresh();
    }

    @Override
    public dev.touchline.map.MapLayout layout() {
        return canvas == null ? null : canvas.mapLayout();
    }

    @Override
    public FindingIndex findings() {
        return findings;
    }

    @Override
    public boolean isValidationCurrent() {
        return validation.isCurrent();
    }

    @Override
    public DepartmentLens lens() {
        return canvas == null ? null : canvas.lens();
    }

    @Override
    public void setLens(Department department, Stage focus) {
        canvas.setLens(department == null ? null : new DepartmentLens(department, focus));
        if (focus != null && focus.eContainer() instanceof Journey owner && owner != journey) {
            setJourney(owner);
        }
        refresh();
        if (focus != null) {
            canvas.reveal(focus);
        }
    }

    @Override
    public Set<Lane> visibleLanes() {
        return EnumSet.copyOf(lanes);
    }

    @Override
    public void setLaneVisible(Lane lane, boolean visible) {
        if (visible ? lanes.add(lane) : lanes.remove(lane)) {
            refresh();
        }
    }

    @Override
    public List<EObject> selection() {
        return canvas == null ? List.of() : new ArrayList<>(canvas.selection());
    }

    @Override
    public void reveal(EObject element) {
        show(element);
        part.getSite().getPage().activate(part);
    }

    @Override
    public void newChild(EObject owner, EReference list, EClass type) {
        editing.newChild(owner, list, type);
    }

    @Override
    public void delete(List<EObject> elements) {
        editing.delete(elements);
    }

    @Override
    public IPropertySourceProvider propertySources() {
        return new ModelPropertySourceProvider(adapterFactory, domain);
    }

    @Override
    public void status(String message) {
        statusMessage = message;
        statusLine.get().setMessage(message);
    }

    @Override
    public String statusMessage() {
        return statusMessage;
    }

    @Override
    public Shell shell() {
        return part.getSite().getShell();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }
}
