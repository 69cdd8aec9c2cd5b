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
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
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
import dev.touchline.map.DepartmentFigures;
import dev.touchline.map.DepartmentLens;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapFindings;
import dev.touchline.map.commands.CopiedTouchpoints;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;
import dev.touchline.model.provider.TouchlineItemProviderAdapterFactory;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.properties.ModelPropertySourceProvider;

/**
 * The journey-map editor: one model file, drawn as a journey map, edited through EMF.Edit
 * commands on its own editing domain (undo/redo), saved atomically, validated as the user edits.
 * Views (Outline, Properties, Problems, Departments, Heatmap) follow the active editor.
 */
public final class JourneyMapEditor extends EditorPart implements IEditingDomainProvider, MapCanvas.Host {

    private static UserPrompts prompts = UserPrompts.DIALOGS;
    /** How long the model stays dirty and untouched before a recovery copy is written. */
    private static final int AUTOSAVE_MS = Integer.getInteger("touchline.autosaveMillis", 5000);

    /** What the file looked like on disk when it was last loaded or saved here. */
    private record DiskStamp(java.nio.file.attribute.FileTime modified, long size) {
        static DiskStamp of(Path file) {
            try {
                return new DiskStamp(java.nio.file.Files.getLastModifiedTime(file), java.nio.file.Files.size(file));
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }

    private DiskStamp diskStamp;
    private boolean checkingDisk;
    private int autosaveGeneration;
    private boolean recoveryFailureShown;
    private final org.eclipse.ui.IPartListener partListener = new org.eclipse.ui.IPartListener() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPart part) {
            if (part == JourneyMapEditor.this && canvas != null && !canvas.isDisposed()) {
                // After the activation has finished: a reload closes and reopens the editor.
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        checkFileOnDisk();
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
    private Path file;
    private JourneyModel model;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Journey journey;
    private MapFindings findings = MapFindings.NONE;
    private LiveValidation validation;
    private MapCanvas canvas;
    private Palette palette;
    private ToolItem legend;
    /** Map views shorter than this start without the legend. */
    static final int LEGEND_MIN_VIEW_HEIGHT = 450;
    private Combo journeyCombo;
    private Combo lensCombo;
    private ToolItem zoomLevel;
    private Label lensSummary;
    private ModelOutlinePage outline;
    private PropertySheetPage propertyPage;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private final EditActions actions = new EditActions(this);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pathInput)) {
            throw new PartInitException("Touchline opens model files from disk; " + input.getName() + " is not one.");
        }
        file = pathInput.getPath().toPath();
        try {
            model = ModelFiles.load(file);
        } catch (ModelFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        diskStamp = DiskStamp.of(file);
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
        scheduleAutosave();
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
        createToolRow(root);
        createLensStrip(root);
        Composite body = new Composite(root, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout bodyLayout = new GridLayout(2, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        body.setLayout(bodyLayout);
        canvas = new MapCanvas(body, this);
        canvas.addZoomListener(this::showZoom);
        // The legend starts shown where the map has room for it; on a short view (a laptop with
        // the views below the map) it would cover a lane, so it starts hidden there.
        canvas.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(Event e) {
                if (canvas.getClientArea().height > 0) {
                    canvas.removeListener(SWT.Resize, this);
                    boolean room = canvas.getClientArea().height >= LEGEND_MIN_VIEW_HEIGHT;
                    canvas.setLegendShown(room);
                    legend.setSelection(room);
                }
            }
        });
        palette = Palette.scrolling(body, canvas);
        palette.getParent().moveAbove(canvas);
        GridData paletteData = new GridData(SWT.FILL, SWT.FILL, false, true);
        paletteData.widthHint = 180;
        palette.getParent().setLayoutData(paletteData);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.addTool("+ Stage", "Add a stage after the selected one (Ctrl+Shift+Insert)", this::newStage);
        palette.addTool("+ Touchpoint", "Add a touchpoint to the selected stage (Insert)", this::newTouchpoint);
        palette.addTool("+ Department", "Add a department", this::newDepartment);
        palette.addTool("+ Brand promise", "Add a brand promise", this::newPromise);
        palette.addTool("+ Measurement", "Measure the selected touchpoint (Ctrl+M)", () -> newMeasurement(null));
        canvas.addSelectionListener(selection -> {
            selectionProvider.fire(selection);
            if (outline != null) {
                outline.show(selection);
            }
        });
        MenuManager menu = new MenuManager("#MapContext");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        canvas.setMenu(menu.createContextMenu(canvas));
        actions.follow(canvas);
        getSite().getPage().addPartListener(partListener);
        int comments = ModelFiles.comments(model);
        if (comments > 0) {
            String note = file.getFileName() + " holds " + comments + " XML comment(s); Touchline does not keep"
                    + " comments, so saving drops them (the backup keeps this version).";
            getEditorSite().getActionBars().getStatusLineManager().setMessage(note);
            TouchlineUi.log(note, null);
        }
        validation = new LiveValidation(model);
        findings = new MapFindings(validation.current());
        refresh();
    }

    private void createToolRow(Composite root) {
        // Wraps onto a second line on a narrow window (a laptop, an editor beside views) rather
        // than cutting off the zoom tools.
        Composite row = new Composite(root, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 3;
        layout.marginBottom = 3;
        layout.spacing = 12;
        row.setLayout(layout);
        Composite journeyGroup = labelled(row, "&Journey:");
        journeyCombo = new Combo(journeyGroup, SWT.READ_ONLY);
        journeyCombo.addListener(SWT.Selection, e -> {
            int index = journeyCombo.getSelectionIndex();
            if (index >= 0 && index < model.getJourneys().size()) {
                setJourney(model.getJourneys().get(index));
            }
        });
        Composite lensGroup = labelled(row, "Department &lens:");
        lensCombo = new Combo(lensGroup, SWT.READ_ONLY);
        lensCombo.addListener(SWT.Selection, e -> {
            int index = lensCombo.getSelectionIndex();
            setLens(index <= 0 ? null : model.getDepartments().get(index - 1), null);
        });
        ToolBar tools = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
        ToolItem lanesItem = new ToolItem(tools, SWT.DROP_DOWN);
        lanesItem.setText("Lanes");
        lanesItem.setToolTipText("Show or hide lanes");
        Menu lanesMenu = new Menu(tools.getShell(), SWT.POP_UP);
        for (Lane lane : Lane.values()) {
            MenuItem item = new MenuItem(lanesMenu, SWT.CHECK);
            item.setText(lane.title());
            item.setSelection(true);
            item.addListener(SWT.Selection, e -> setLaneVisible(lane, item.getSelection()));
        }
        lanesItem.addListener(SWT.Selection, e -> {
            org.eclipse.swt.graphics.Rectangle b = lanesItem.getBounds();
            lanesMenu.setLocation(tools.toDisplay(b.x, b.y + b.height));
            lanesMenu.setVisible(true);
        });
        legend = new ToolItem(tools, SWT.CHECK);
        legend.setText("Legend");
        legend.setToolTipText("Show or hide what the badges, strips and bars mean");
        legend.setSelection(true);
        legend.addListener(SWT.Selection, e -> canvas.setLegendShown(legend.getSelection()));
        new ToolItem(tools, SWT.SEPARATOR);
        tool(tools, "\u2212", "Zoom out (Ctrl+-)", () -> canvas.setZoom(canvas.zoom() / 1.25, 0, 0));
        // Shows the zoom level; a click goes back to actual size.
        zoomLevel = tool(tools, "100 %", "Zoom level: click for actual size (100 %)", () -> canvas.setZoom(1, 0, 0));
        tool(tools, "+", "Zoom in (Ctrl+=, Ctrl+wheel)", () -> canvas.setZoom(canvas.zoom() * 1.25, 0, 0));
        tool(tools, "Fit", "Zoom to fit (Ctrl+0)", () -> canvas.zoomToFit());
    }

    /** A label and the control that follows it, kept on one line when the tool row wraps. */
    private static Composite labelled(Composite row, String label) {
        Composite group = new Composite(row, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        group.setLayout(layout);
        new Label(group, SWT.NONE).setText(label);
        return group;
    }

    private static ToolItem tool(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private void showZoom() {
        if (!zoomLevel.isDisposed()) {
            zoomLevel.setText(Math.round(canvas.zoom() * 100) + " %");
            layoutToolRow();
        }
    }

    /** Lays out the tool row again after a text in it changed (it may now wrap differently). */
    private void layoutToolRow() {
        Composite row = journeyCombo.getParent().getParent();
        row.layout(true, true);
        row.getParent().layout(new Control[] { row });
    }

    /** The tool row (for tests at laptop sizes). */
    public Composite toolRow() {
        return journeyCombo.getParent().getParent();
    }

    /** The zoom level as the tool row shows it ("45 %"). */
    public String zoomShown() {
        return zoomLevel.getText();
    }

    private void createLensStrip(Composite root) {
        lensSummary = new Label(root, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        data.horizontalIndent = 8;
        lensSummary.setLayoutData(data);
        lensSummary.setVisible(false);
    }

    // --- state and refresh -------------------------------------------------------------------------

    /** Recomputes the layout and tells the views; cheap enough to run after every edit. */
    void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        canvas.setMapLayout(journey == null ? null : JourneyMapLayout.of(journey, lanes, findings));
        palette.setDepartments(model.getDepartments());
        refreshChoices();
        updateLensSummary();
        for (Runnable listener : changeListeners) {
            listener.run();
        }
    }

    private void refreshChoices() {
        String[] journeys = model.getJourneys().stream().map(j -> j.getName() == null ? "(unnamed)" : j.getName())
                .toArray(String[]::new);
        if (!java.util.Arrays.equals(journeys, journeyCombo.getItems())) {
            journeyCombo.setItems(journeys);
        }
        journeyCombo.select(model.getJourneys().indexOf(journey));
        List<String> lensItems = new ArrayList<>();
        lensItems.add("(none)");
        model.getDepartments().forEach(d -> lensItems.add(d.getName() == null ? "(unnamed)" : d.getName()));
        if (!lensItems.equals(List.of(lensCombo.getItems()))) {
            lensCombo.setItems(lensItems.toArray(String[]::new));
        }
        DepartmentLens lens = canvas.lens();
        lensCombo.select(lens == null ? 0 : model.getDepartments().indexOf(lens.department()) + 1);
        layoutToolRow();
    }

    private void updateLensSummary() {
        DepartmentLens lens = canvas.lens();
        if (lens != null && lens.department().eResource() == null) {
            canvas.setLens(null);
            lens = null;
        }
        GridData data = (GridData) lensSummary.getLayoutData();
        boolean show = lens != null && journey != null;
        if (show) {
            DepartmentFigures s = lens.figures(journey, findings);
            String promises = s.promises().isEmpty() ? "none" : String.join(", ", s.promises().stream()
                    .map(ElementPaths::label).toList());
            lensSummary.setText(Mnemonics.literal("\u25cf " + ElementPaths.label(lens.department()) + " in "
                    + s.scope().label() + ": "
                    + s.health().label() + "  \u2014  owns " + count(s.owned().size(), "touchpoint") + ", supports "
                    + s.supported().size() + "  \u2014  open findings: " + count(s.errors(), "error") + ", "
                    + count(s.warnings(), "warning") + "\nMeasurements of owned touchpoints: " + s.onTarget()
                    + " on target, " + s.offTarget() + " off target, " + count(s.unmeasured(), "owned touchpoint")
                    + " unmeasured  \u2014  promises carried: " + promises));
        }
        if (data.exclude == show || lensSummary.getVisible() != show) {
            data.exclude = !show;
            lensSummary.setVisible(show);
            lensSummary.getParent().layout(true, true);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // --- API for views and tests ---------------------------------------------------------------------

    public JourneyModel model() {
        return model;
    }

    /** The lens strip's text as shown ("" without a lens). */
    public String lensSummaryText() {
        return lensSummary.getVisible() ? lensSummary.getText().replace("&&", "&") : "";
    }

    public Path file() {
        return file;
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
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Journey owner && owner != journey) {
                setJourney(owner);
            }
        }
        if (!canvas.reveal(element)) {
            canvas.setSelection(List.of(element));
        }
        getSite().getPage().activate(this);
    }

    @Override
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    // --- creating elements ---------------------------------------------------------------------------

    private Stage selectedStage() {
        for (EObject e : canvas.selection()) {
            for (EObject c = e; c != null; c = c.eContainer()) {
                if (c instanceof Stage stage) {
                    return stage;
                }
            }
        }
        return journey == null || journey.getStages().isEmpty() ? null : journey.getStages().get(0);
    }

    void newStage() {
        if (journey == null) {
            Journey created = dev.touchline.model.TouchlineFactory.eINSTANCE.createJourney();
            created.setId(dev.touchline.model.util.ElementIds.newId(created.eClass()));
            created.setName("New journey");
            execute(org.eclipse.emf.edit.command.AddCommand.create(domain, model,
                    dev.touchline.model.TouchlinePackage.Literals.JOURNEY_MODEL__JOURNEYS, created));
            setJourney(created);
        }
        Stage selected = canvas.selection().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .findFirst().orElse(null);
        int index = selected == null ? -1 : journey.getStages().indexOf(selected) + 1;
        execute(JourneyMapCommands.createStage(domain, journey, index));
        // The new column may be off screen: bring it into view and open its name for typing.
        if (canvas.selection().size() == 1 && canvas.selection().get(0) instanceof Stage created) {
            canvas.reveal(created);
            canvas.renameSelection();
        }
    }

    void newTouchpoint() {
        Stage stage = selectedStage();
        if (stage == null) {
            return;
        }
        Touchpoint after = canvas.selection().stream().filter(Touchpoint.class::isInstance)
                .map(Touchpoint.class::cast).findFirst().orElse(null);
        Visibility visibility = after == null ? Visibility.FRONTSTAGE : after.getVisibility();
        int index = after == null ? -1 : stage.getTouchpoints().indexOf(after) + 1;
        execute(JourneyMapCommands.createTouchpoint(domain, stage, visibility, index));
        canvas.renameSelection();
    }

    void newDepartment() {
        execute(JourneyMapCommands.createDepartment(domain, model));
    }

    void newPromise() {
        execute(JourneyMapCommands.createPromise(domain, model));
    }

    void newMeasurement(Metric metric) {
        Touchpoint touchpoint = canvas.selection().stream().filter(Touchpoint.class::isInstance)
                .map(Touchpoint.class::cast).findFirst().orElse(null);
        if (touchpoint == null) {
            prompts().inform(getSite().getShell(), "New measurement",
                    "Select the touchpoint to measure first, then add a measurement.");
            return;
        }
        execute(JourneyMapCommands.createMeasurement(domain, touchpoint,
                metric != null || model.getMetrics().isEmpty() ? metric : model.getMetrics().get(0)));
    }

    void copySelection() {
        List<Touchpoint> selected = canvas.selection().stream().filter(Touchpoint.class::isInstance)
                .map(Touchpoint.class::cast).toList();
        if (!selected.isEmpty()) {
            TouchlineUi.clipboard().set(CopiedTouchpoints.of(selected));
        }
        actions.update();
    }

    boolean canPaste() {
        return !TouchlineUi.clipboard().contents().isEmpty() && selectedStage() != null;
    }

    void paste() {
        Stage stage = selectedStage();
        if (stage != null) {
            execute(JourneyMapCommands.paste(domain, stage, TouchlineUi.clipboard().contents()));
        }
    }

    /** The Edit actions of this editor (plugged into the shared action bars while it is active). */
    EditActions editActions() {
        return actions;
    }

    void deleteSelection() {
        execute(JourneyMapCommands.delete(domain, canvas.selection()));
    }

    // --- context menu and keys -------------------------------------------------------------------------

    private void fillContextMenu(IMenuManager menu) {
        menu.add(actions.action("New touchpoint", this::newTouchpoint, selectedStage() != null));
        menu.add(actions.action("New stage", this::newStage, true));
        menu.add(actions.action("New department", this::newDepartment, true));
        menu.add(actions.action("New brand promise", this::newPromise, true));
        boolean touchpointSelected = canvas.selection().stream().anyMatch(Touchpoint.class::isInstance);
        MenuManager measure = new MenuManager("New measurement of");
        for (Metric metric : model.getMetrics()) {
            measure.add(actions.action(metric.getName(), () -> newMeasurement(metric), touchpointSelected));
        }
        menu.add(measure);
        if (touchpointSelected) {
            MenuManager owner = new MenuManager("Assign owner");
            Touchpoint touchpoint = (Touchpoint) canvas.selection().stream().filter(Touchpoint.class::isInstance)
                    .findFirst().orElseThrow();
            for (Department department : model.getDepartments()) {
                owner.add(actions.action(department.getName(), () -> execute(JourneyMapCommands.assignOwner(domain,
                        touchpoint, department)), touchpoint.getOwner() != department));
            }
            menu.add(owner);
            MenuManager supporters = new MenuManager("Supporting departments");
            for (Department department : model.getDepartments()) {
                boolean supports = touchpoint.getSupporters().contains(department);
                boolean owns = touchpoint.getOwner() == department;
                supporters.add(actions.toggle(department.getName() + (owns ? " (owner)" : ""), supports,
                        () -> execute(JourneyMapCommands.toggleSupporter(domain, touchpoint, department)),
                        supports || !owns));
            }
            menu.add(supporters);
        }
        menu.add(new Separator());
        actions.fillEditItems(menu);
    }

    /**
     * Keys the workbench does not bind. Delete, Ctrl+Z, Ctrl+C, Ctrl+V and F2 reach the editor
     * through the workbench's key bindings and the Edit actions, so they are not handled here
     * (they would run twice). On GTK the workbench binds Redo to Ctrl+Shift+Z only, so Ctrl+Y,
     * which Windows users expect, is handled here.
     */
    @Override
    public boolean handleKey(Event e) {
        if (e.keyCode == SWT.INSERT && (e.stateMask & SWT.MOD1) != 0 && (e.stateMask & SWT.SHIFT) != 0) {
            // Not Shift+Insert: on GTK and Windows the workbench binds it to Paste, so it pasted too.
            newStage();
        } else if (e.keyCode == SWT.INSERT && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
            newTouchpoint();
        } else if ((e.stateMask & SWT.MOD1) != 0 && (e.stateMask & SWT.SHIFT) == 0 && e.keyCode == 'y') {
            domain.getCommandStack().redo();
        } else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'm') {
            newMeasurement(null);
        } else {
            return false;
        }
        return true;
    }

    // --- saving ------------------------------------------------------------------------------------------

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            try {
                saved(ModelFiles.save(model, file));
            } catch (dev.touchline.io.FileChangedException e) {
                // changed elsewhere since read: the user decides, nothing is overwritten silently
                int choice = prompts.choose(getSite().getShell(), file.getFileName() + " changed on disk", file
                        + " changed on disk since you opened it (another program, or another Touchline, saved it)."
                        + "\n\nOverwrite it with your version (that other change is lost, but kept in "
                        + ModelFiles.backupOf(file).getFileName() + "), or cancel and use Save As to keep both?",
                        "Cancel", "Overwrite");
                if (choice != 1) {
                    if (monitor != null) {
                        monitor.setCanceled(true);
                    }
                    return;
                }
                ModelFiles.acceptDiskVersion(model);
                saved(ModelFiles.save(model, file));
            }
        } catch (ModelFileException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            prompts.error(getSite().getShell(), "Could not save " + file.getFileName(), e.getMessage()
                    + "\n\nYour changes are still open in the editor, and the file on disk is as it was.");
        }
    }

    private void saved(List<String> notes) {
        diskStamp = DiskStamp.of(file);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        discardRecoveryCopy();
        if (!notes.isEmpty()) {
            getEditorSite().getActionBars().getStatusLineManager().setMessage(String.join(" ", notes));
            notes.forEach(note -> TouchlineUi.log(note, null));
        }
    }

    // --- the file on disk, and unsaved work --------------------------------------------------------------

    /** The prompts in use (tests replace the dialogs with answers). */
    public static UserPrompts prompts() {
        return prompts;
    }

    /** Replaces the dialogs, for tests; {@code null} restores them. */
    public static void setPrompts(UserPrompts answers) {
        prompts = answers == null ? UserPrompts.DIALOGS : answers;
    }

    /**
     * Notices that the file changed (or vanished) on disk since it was loaded or saved here, and
     * asks what to do: reload it, or keep the model in the editor (a later save overwrites the
     * file). Runs when the editor is activated. Returns the editor now showing the file.
     */
    public JourneyMapEditor checkFileOnDisk() {
        if (checkingDisk) {
            return this;
        }
        DiskStamp now = DiskStamp.of(file);
        if (java.util.Objects.equals(now, diskStamp)) {
            return this;
        }
        checkingDisk = true;
        try {
            if (now == null) {
                prompts.error(getSite().getShell(), file.getFileName() + " is gone", file
                        + " was deleted or moved outside Touchline. The map stays open here; Save writes it again.");
                diskStamp = null;
                firePropertyChange(PROP_DIRTY);
                return this;
            }
            String message = file + " changed on disk outside Touchline." + (isDirty()
                    ? "\n\nYou also have unsaved changes here. Reload the file and lose them, or keep yours (saving"
                            + " then overwrites the other changes)?"
                    : "\n\nReload it to see the changes?");
            int choice = prompts.choose(getSite().getShell(), "File changed on disk", message,
                    isDirty() ? "Keep mine" : "Reload", isDirty() ? "Reload and lose my changes" : "Keep mine");
            if (choice < 0) {
                return this; // closed without choosing: ask again next time, and let a save ask too
            }
            boolean reload = isDirty() ? choice == 1 : choice == 0;
            diskStamp = now;
            if (reload) {
                return reload();
            }
            ModelFiles.acceptDiskVersion(model); // "keep mine": the next save replaces the file
            return this;
        } finally {
            checkingDisk = false;
        }
    }

    private JourneyMapEditor reload() {
        var window = getSite().getWorkbenchWindow();
        discardRecoveryCopy();
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        getSite().getPage().closeEditor(this, false);
        return MapEditors.open(window, file);
    }

    private void scheduleAutosave() {
        int mine = ++autosaveGeneration;
        canvas.getDisplay().timerExec(AUTOSAVE_MS, () -> {
            if (mine == autosaveGeneration && canvas != null && !canvas.isDisposed()) {
                autosaveNow();
            }
        });
    }

    /** Writes the recovery copy of unsaved work now (when there is any). */
    public void autosaveNow() {
        if (!isDirty()) {
            return;
        }
        try {
            dev.touchline.io.Recovery.standard().write(file, model);
            recoveryFailureShown = false;
        } catch (ModelFileException | java.io.IOException e) {
            TouchlineUi.log("Could not write the recovery copy of " + file, e);
            if (!recoveryFailureShown) {
                // Once until a copy succeeds again: a failure every few seconds would make the editor unusable.
                recoveryFailureShown = true;
                prompts.error(getSite().getShell(), "No recovery copy of " + file.getFileName(),
                        "Touchline could not write the recovery copy of your unsaved changes, so a crash now would"
                                + " lose them.\n\n" + e.getMessage()
                                + "\n\nSave the map to keep your work. This message is not shown again until a"
                                + " recovery copy has been written.");
            }
        }
    }

    private void discardRecoveryCopy() {
        try {
            dev.touchline.io.Recovery.standard().discard(file);
        } catch (java.io.IOException e) {
            TouchlineUi.log("Could not remove the recovery copy of " + file, e);
        }
    }

    @Override
    public void doSaveAs() {
        String chosen = prompts.saveFile(getSite().getShell(), "Save " + file.getFileName() + " As", file);
        if (chosen != null) {
            Path target = Path.of(chosen);
            String name = target.getFileName().toString();
            if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".touchline")) {
                // the dialog asked about replacing the name typed, not this one
                target = target.resolveSibling(name + ".touchline");
                if (Files.exists(target) && prompts.choose(getSite().getShell(), "Save As", target.getFileName()
                        + " exists. Replace it?", "Cancel", "Replace") != 1) {
                    return;
                }
            }
            saveAs(target);
        }
    }

    /**
     * Saves the map to another file and goes on editing that one (the old file stays as it was
     * last saved). Refused when another open editor has that file.
     *
     * @return whether it was saved
     */
    public boolean saveAs(Path target) {
        Path to = target.toAbsolutePath().normalize();
        if (to.equals(file)) {
            doSave(null);
            return !isDirty();
        }
        for (var reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof JourneyMapEditor other && other != this && to.equals(other.file)) {
                prompts.error(getSite().getShell(), "Could not save as " + to.getFileName(), to
                        + " is open in another editor. Close it first, or choose another name.");
                return false;
            }
        }
        List<String> notes;
        try {
            notes = ModelFiles.save(model, to);
        } catch (ModelFileException e) {
            prompts.error(getSite().getShell(), "Could not save as " + to.getFileName(), e.getMessage()
                    + "\n\nYour changes are still open in the editor, and " + file.getFileName() + " is as it was.");
            return false;
        }
        discardRecoveryCopy(); // the unsaved work of the old file is now in the new one
        file = to;
        setInputWithNotify(new PathEditorInput(file));
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        saved(notes);
        RecentFiles.add(file);
        refresh(); // the views show the new file (Model Files lists it)
        return true;
    }

    @Override
    public boolean isDirty() {
        // A file deleted on disk counts as unsaved work: Save writes it again.
        return domain != null && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || diskStamp == null);
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
                outline = new ModelOutlinePage(adapterFactory, model);
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
        if (file != null && canvas != null) {
            discardRecoveryCopy();
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
