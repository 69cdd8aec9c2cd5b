package dev.touchline.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.map.DepartmentLens;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapFindings;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.provider.TouchlineItemProviderAdapterFactory;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.properties.ModelPropertySourceProvider;

/**
 * The journey-map editor: one model file, drawn as a journey map, edited through EMF.Edit
 * commands on its own editing domain (undo/redo), saved atomically, validated as the user edits.
 * Views (Outline, Properties, Problems, Departments, Heatmap) follow the active editor.
 */
public final class JourneyMapEditor extends EditorPart implements IEditingDomainProvider, MapCanvas.Host {

    /** What this map last said in the status line (which all maps share), or {@code null}. */
    private String statusMessage;

    private final org.eclipse.ui.IPartListener partListener = new org.eclipse.ui.IPartListener() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPart part) {
            if (part == JourneyMapEditor.this && canvas != null && !canvas.isDisposed()) {
                // the status line is shared by all maps: show this map's message, not the last one's
                getEditorSite().getActionBars().getStatusLineManager().setMessage(statusMessage);
                // After the activation has finished: a reload closes and reopens the editor.
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        editorFile.checkOnDisk();
                    }
                });
            }
        }

        @Override
        public void partBroughtToTop(org.eclipse.ui.IWorkbenchPart part) {
        }

        @Override
        public void partClosed(org.eclipse.ui.IWorkbenchPart part) {
        }

        @Override
        public void partDeactivated(org.eclipse.ui.IWorkbenchPart part) {
        }

        @Override
        public void partOpened(org.eclipse.ui.IWorkbenchPart part) {
        }
    };

    private final ListenerList<Runnable> changeListeners = new ListenerList<>();
    private final Set<Lane> lanes = EnumSet.allOf(Lane.class);
    private EditorFile editorFile;
    private JourneyModel model;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Journey journey;
    private MapFindings findings = MapFindings.NONE;
    private LiveValidation validation;
    private MapCanvas canvas;
    private Palette palette;
    private EditorToolRow toolRow;
    private final MapEditing editing = new MapEditing(this);
    /** Map views shorter than this start without the legend. */
    static final int LEGEND_MIN_VIEW_HEIGHT = 450;
    private ModelOutlinePage outline;
    private PropertySheetPage propertyPage;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private final EditActions actions = new EditActions(this);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pathInput)) {
            throw new PartInitException("Touchline opens model files from disk; " + input.getName() + " is not one.");
        }
        Path file = pathInput.getPath().toPath();
        try {
            model = ModelFiles.load(file);
        } catch (ModelFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        editorFile = new EditorFile(this, model, file);
        RecentFiles.add(file);
        setSite(site);
        setInput(input);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new TouchlineItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        domain.getResourceSet().getResources().add(model.eResource());
        journey = model.getJourneys().isEmpty() ? null : model.getJourneys().get(0);
        site.setSelectionProvider(selectionProvider);
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    private final CommandStackListener stackListener = event -> {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (statusMessage != null) {
            status(null); // what it said ("Edit > Undo takes it back") was about the stack before this change
        }
        firePropertyChange(PROP_DIRTY);
        if (journey != null && journey.eResource() == null) {
            journey = model.getJourneys().isEmpty() ? null : model.getJourneys().get(0);
        }
        // validate first, then lay out and tell the views once, with this edit's findings
        findings = new MapFindings(validation.current());
        refresh();
        Command last = domain.getCommandStack().getMostRecentCommand();
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
        editorFile.scheduleAutosave(canvas.getDisplay());
        // Properties shows the selection's values; a rename or move keeps the selection, so tell it.
        if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
            propertyPage.refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout rootLayout = new GridLayout(1, false);
        rootLayout.marginWidth = 0;
        rootLayout.marginHeight = 0;
        rootLayout.verticalSpacing = 0;
        root.setLayout(rootLayout);
        toolRow = new EditorToolRow(this, root);
        Composite body = new Composite(root, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout bodyLayout = new GridLayout(2, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        body.setLayout(bodyLayout);
        canvas = new MapCanvas(body, this);
        canvas.addZoomListener(() -> toolRow.showZoom(canvas.zoom()));
        // The legend starts shown where the map has room for it; on a short view (a laptop with
        // the views below the map) it would cover a lane, so it starts hidden there.
        canvas.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(Event e) {
                if (canvas.getClientArea().height > 0) {
                    canvas.removeListener(SWT.Resize, this);
                    boolean room = canvas.getClientArea().height >= LEGEND_MIN_VIEW_HEIGHT;
                    canvas.setLegendShown(room);
                    toolRow.showLegend(room);
                }
            }
        });
        palette = Palette.scrolling(body, canvas);
        palette.getParent().moveAbove(canvas);
        GridData paletteData = new GridData(SWT.FILL, SWT.FILL, false, true);
        paletteData.widthHint = 180;
        palette.getParent().setLayoutData(paletteData);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.addTool("+ Stage", "Add a stage after the selected one (Ctrl+Shift+Insert)", editing::newStage);
        palette.addTool("+ Touchpoint", "Add a touchpoint to the selected stage (Insert)", editing::newTouchpoint);
        palette.addTool("+ Department", "Add a department", editing::newDepartment);
        palette.addTool("+ Brand promise", "Add a brand promise", editing::newPromise);
        palette.addTool("+ Measurement", "Measure the selected touchpoint (Ctrl+M)",
                () -> editing.newMeasurement(null));
        TouchlinePackage p = TouchlinePackage.eINSTANCE;
        palette.addTool("+ Pain point", "Add a pain point to the selected touchpoint",
                () -> editing.newOnSelection(p.getPainPoint()));
        palette.addTool("+ Opportunity", "Add an opportunity to the selected touchpoint or stage",
                () -> editing.newOnSelection(p.getOpportunity()));
        palette.addTool("+ Insight", "Add an employee insight to the selected touchpoint",
                () -> editing.newOnSelection(p.getEmployeeInsight()));
        canvas.addSelectionListener(selection -> {
            selectionProvider.fire(selection);
            if (outline != null) {
                outline.show(selection);
            }
        });
        MenuManager menu = new MenuManager("#MapContext");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> editing.fillContextMenu(m, actions));
        canvas.setMenu(menu.createContextMenu(canvas));
        actions.follow(canvas);
        getSite().getPage().addPartListener(partListener);
        int comments = ModelFiles.comments(model);
        if (comments > 0) {
            String note = editorFile.path().getFileName() + " holds " + comments + " XML comment(s); Touchline does not keep"
                    + " comments, so saving drops them (the backup keeps this version).";
            status(note);
            TouchlineUi.log(note, null);
        }
        String newer = ModelFiles.newerFormat(model);
        if (newer != null) {
            String note = editorFile.path().getFileName() + " " + newer + ".";
            status(note);
            canvas.getDisplay().asyncExec(() -> UserPrompts.current().inform(shell(), "Written by a newer Touchline",
                    note));
        }
        validation = new LiveValidation(model);
        findings = new MapFindings(validation.current());
        refresh();
    }

    // --- state and refresh -------------------------------------------------------------------------

    /** Recomputes the layout and tells the views; cheap enough to run after every edit. */
    void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        DepartmentLens lens = canvas.lens();
        if (lens != null && lens.department().eResource() == null) {
            canvas.setLens(null); // its department was deleted
        }
        canvas.setMapLayout(journey == null ? null : JourneyMapLayout.of(journey, lanes, findings));
        palette.setDepartments(model.getDepartments());
        toolRow.refresh();
        for (Runnable listener : changeListeners) {
            listener.run();
        }
    }

    // --- API for views and tests ---------------------------------------------------------------------

    public JourneyModel model() {
        return model;
    }

    /** The lens strip's text as shown ("" without a lens). */
    public String lensSummaryText() {
        return toolRow.lensSummaryText();
    }

    /** The tool row (for tests at laptop sizes). */
    public Composite toolRow() {
        return toolRow.row();
    }

    /** The zoom level as the tool row shows it ("45 %"). */
    public String zoomShown() {
        return toolRow.zoomShown();
    }

    public Path file() {
        return editorFile.path();
    }

    @Override
    public EditingDomain domain() {
        return domain;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    public Palette palette() {
        return palette;
    }

    public Journey journey() {
        return journey;
    }

    public MapFindings findings() {
        return findings;
    }

    /** Whether the findings shown reflect the latest edit (no validation pending). */
    public boolean isValidationCurrent() {
        return validation.isCurrent();
    }

    public void setJourney(Journey next) {
        journey = next;
        canvas.setSelection(List.of());
        refresh();
    }

    public Set<Lane> visibleLanes() {
        return EnumSet.copyOf(lanes);
    }

    public void setLaneVisible(Lane lane, boolean visible) {
        if (visible ? lanes.add(lane) : lanes.remove(lane)) {
            refresh();
        }
    }

    /** Turns the department lens on ({@code null}: off), focused on a stage when one is given. */
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

    /** Listens to every change of model, findings or view state. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    /** Shows an element: on the map when it is drawn there (switching journey if needed), else selected. */
    public void reveal(EObject element) {
        show(element);
        getSite().getPage().activate(this);
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

    /** The property sources of this editor's elements (Properties and the Catalogues tables). */
    public org.eclipse.ui.views.properties.IPropertySourceProvider propertySources() {
        return new ModelPropertySourceProvider(adapterFactory);
    }

    /** Creates a {@code type} in {@code list} of {@code owner}, as one command (see the New menus). */
    public void newChild(EObject owner, org.eclipse.emf.ecore.EReference list, org.eclipse.emf.ecore.EClass type) {
        editing.newChild(owner, list, type);
    }

    /** Deletes elements and every reference to them, as one command. */
    public void delete(List<EObject> elements) {
        editing.delete(elements);
    }

    /** Puts the keyboard focus in the Find field (Edit > Find, Ctrl+F). */
    void focusFind() {
        toolRow.focusFind();
    }

    /** The Find field of the tool row (for tests, which type into it). */
    public org.eclipse.swt.widgets.Text findField() {
        return toolRow.findField();
    }

    /** What Find says: "2 of 5", "no match" or "". */
    public String foundText() {
        return toolRow.foundText();
    }

    @Override
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    // --- editing ----------------------------------------------------------------------------------------

    /** Creating, copying, pasting and deleting elements, the context menu and the keys. */
    MapEditing editing() {
        return editing;
    }

    /** The Edit actions of this editor (plugged into the shared action bars while it is active). */
    EditActions editActions() {
        return actions;
    }

    @Override
    public boolean handleKey(Event e) {
        return editing.handleKey(e);
    }

    // --- the file ----------------------------------------------------------------------------------------

    @Override
    public void doSave(IProgressMonitor monitor) {
        editorFile.save(monitor);
    }

    @Override
    public void doSaveAs() {
        editorFile.saveAs();
    }

    /**
     * Saves the map to another file and goes on editing that one (the old file stays as it was
     * last saved). Refused when another open editor has that file.
     *
     * @return whether it was saved
     */
    public boolean saveAs(Path target) {
        return editorFile.saveAs(target);
    }

    /**
     * Notices that the file changed (or vanished) on disk since it was loaded or saved here, and
     * asks what to do (runs when the editor is activated). Returns the editor now showing the file.
     */
    public JourneyMapEditor checkFileOnDisk() {
        return editorFile.checkOnDisk();
    }

    /** Writes the recovery copy of unsaved work now (when there is any). */
    public void autosaveNow() {
        editorFile.autosaveNow();
    }

    Shell shell() {
        return getSite().getShell();
    }

    /**
     * Says {@code message} in the status line, as this map's message: shown again when the map
     * comes to the front, cleared by the next edit, undo or redo; {@code null} clears it.
     */
    public void status(String message) {
        statusMessage = message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** This map's status line message, or {@code null}. */
    public String statusMessage() {
        return statusMessage;
    }

    void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    boolean isOpen() {
        return canvas != null && !canvas.isDisposed();
    }

    /** Whether another open map editor has {@code file}. */
    boolean otherEditorHas(Path file) {
        for (var reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof JourneyMapEditor other && other != this
                    && file.equals(other.file())) {
                return true;
            }
        }
        return false;
    }

    /** The file is now {@code file} (Save As). */
    void fileRenamed(Path file) {
        setInputWithNotify(new PathEditorInput(file));
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        refresh(); // the views show the new file (Model Files lists it)
    }

    /** Closes this editor and opens its file again (reload after a change on disk). */
    JourneyMapEditor reopen() {
        var window = getSite().getWorkbenchWindow();
        Path file = file();
        getSite().getPage().closeEditor(this, false);
        return MapEditors.open(window, file);
    }

    @Override
    public boolean isDirty() {
        // A file deleted on disk counts as unsaved work: Save writes it again.
        return domain != null && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || editorFile.isGone());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new ModelOutlinePage(adapterFactory, model, this);
                outline.addSelectionChangedListener(event -> {
                    if (outline.isShowing()) {
                        return;
                    }
                    List<EObject> selected = new ArrayList<>();
                    for (Object o : event.getStructuredSelection()) {
                        if (o instanceof EObject e) {
                            selected.add(e);
                        }
                    }
                    if (!selected.equals(canvas.selection())) {
                        if (selected.size() == 1) {
                            canvas.reveal(selected.get(0));
                        }
                        canvas.setSelection(selected);
                    }
                });
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
                propertyPage = new PropertySheetPage();
                propertyPage.setPropertySourceProvider(new ModelPropertySourceProvider(adapterFactory));
            }
            return adapter.cast(propertyPage);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        // Closed by the user (after Save, or after choosing not to save): no unsaved work to recover.
        // A crash never gets here, so its recovery copy stays for the next start.
        if (editorFile != null && canvas != null) {
            editorFile.discardRecoveryCopy();
        }
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().removePartListener(partListener);
        }
        if (validation != null) {
            validation.dispose();
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** Publishes the map's selection to the workbench (Properties, Outline, other views). */
    private final class SelectionProvider implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return canvas == null ? StructuredSelection.EMPTY : new StructuredSelection(canvas.selection());
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof IStructuredSelection structured) {
                List<EObject> elements = new ArrayList<>();
                for (Object o : structured) {
                    if (o instanceof EObject e) {
                        elements.add(e);
                    }
                }
                canvas.setSelection(elements);
            }
        }

        void fire(List<EObject> selection) {
            SelectionChangedEvent event = new SelectionChangedEvent(this, new StructuredSelection(selection));
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(event);
            }
        }
    }

}
