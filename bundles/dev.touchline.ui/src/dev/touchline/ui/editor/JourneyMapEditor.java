package dev.touchline.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.session.MapSession;

/**
 * The journey-map editor part: one model file, drawn as a journey map, edited through EMF.Edit
 * commands on its own editing domain (undo/redo), saved atomically, validated as the user edits.
 * The map's state lives in its {@link MapSession} ({@link EditorSession}), which the views, menus
 * and helpers work with ({@code getAdapter(MapSession.class)}); this class is the workbench part
 * around it: controls, file life cycle, adapters. The public accessors are for tests.
 */
public final class JourneyMapEditor extends EditorPart implements IEditingDomainProvider, EditorFile.Part {

    /** The key-binding context of the map editor (plugin.xml). */
    public static final String MAP_CONTEXT_ID = "dev.touchline.ui.mapContext";

    /** Map views shorter than this start without the legend. */
    static final int LEGEND_MIN_VIEW_HEIGHT = 450;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == JourneyMapEditor.this && session.isOpen()) {
                // the status line is shared by all maps: show this map's message, not the last one's
                getEditorSite().getActionBars().getStatusLineManager().setMessage(session.statusMessage());
                // After the activation has finished: a reload closes and reopens the editor.
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        editorFile.checkOnDisk();
                    }
                });
            }
        }
    };

    private EditorFile editorFile;
    private EditorSession session;
    private MapCanvas canvas;
    private ToolPalette palette;
    private EditorToolRow toolRow;
    private ModelOutlinePage outline;
    private PropertySheetPage propertyPage;
    private final MapSelectionProvider selectionProvider = new MapSelectionProvider(() -> canvas);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pathInput)) {
            throw new PartInitException("Touchline opens model files from disk; " + input.getName() + " is not one.");
        }
        Path file = pathInput.getPath().toPath();
        JourneyModel model;
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
        session = new EditorSession(this, model, editorFile::path,
                () -> getEditorSite().getActionBars().getStatusLineManager());
        site.setSelectionProvider(selectionProvider);
        session.commandStack().addCommandStackListener(stackListener);
    }

    private final CommandStackListener stackListener = event -> {
        if (!session.isOpen()) {
            return;
        }
        if (session.statusMessage() != null) {
            session.status(null); // what it said ("Edit > Undo takes it back") was about the stack before this change
        }
        firePropertyChange(PROP_DIRTY);
        session.changed();
        editorFile.scheduleAutosave(canvas.getDisplay());
        // Properties shows the selection's values; a rename or move keeps the selection, so tell it.
        if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
            propertyPage.refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(tight(new GridLayout(1, false)));
        ((GridLayout) root.getLayout()).verticalSpacing = 0;
        toolRow = new EditorToolRow(session, root);
        Composite body = new Composite(root, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(tight(new GridLayout(2, false)));
        canvas = new MapCanvas(body, session);
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
        palette = ToolPalette.scrolling(body, canvas);
        palette.getParent().moveAbove(canvas);
        GridData paletteData = new GridData(SWT.FILL, SWT.FILL, false, true);
        paletteData.widthHint = 180;
        palette.getParent().setLayoutData(paletteData);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.addCreationTools(session.editing());
        // the Map menu's keys (plugin.xml), active while this editor is the active part
        getSite().getService(IContextService.class).activateContext(MAP_CONTEXT_ID);
        canvas.addSelectionListener(selection -> {
            selectionProvider.fire(selection);
            if (outline != null) {
                outline.show(selection);
            }
        });
        MenuManager menu = new MenuManager("#MapContext");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> session.editing().fillContextMenu(m, session.actions()));
        canvas.setMenu(menu.createContextMenu(canvas));
        session.actions().follow(canvas);
        getSite().getPage().addPartListener(partListener);
        sayWhatSavingDrops();
        session.attach(canvas, () -> {
            palette.setDepartments(session.model().getDepartments());
            toolRow.refresh();
        }, toolRow::focusFind);
    }

    private static GridLayout tight(GridLayout layout) {
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        return layout;
    }

    /** XML comments (dropped on save) and a file from a newer Touchline are said at once. */
    private void sayWhatSavingDrops() {
        JourneyModel model = session.model();
        int comments = ModelFiles.comments(model);
        if (comments > 0) {
            String note = editorFile.path().getFileName() + " holds " + comments + " XML comment(s); Touchline does not keep"
                    + " comments, so saving drops them (the backup keeps this version).";
            session.status(note);
            TouchlineUi.log(note, null);
        }
        String newer = ModelFiles.newerFormat(model);
        if (newer != null) {
            String note = editorFile.path().getFileName() + " " + newer + ".";
            session.status(note);
            canvas.getDisplay().asyncExec(() -> UserPrompts.current().inform(shell(), "Written by a newer Touchline",
                    note));
        }
    }

    // --- for tests: the map's state through its session, and the controls ----------------------------

    /** This map's session: what the views and helpers work with. */
    public MapSession session() {
        return session;
    }

    public JourneyModel model() {
        return session.model();
    }

    public Path file() {
        return editorFile.path();
    }

    @Override
    public EditingDomain domain() {
        return session.domain();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session.domain();
    }

    @Override
    public void status(String message) {
        session.status(message);
    }

    public MapCanvas canvas() {
        return canvas;
    }

    public ToolPalette palette() {
        return palette;
    }

    /** The tool row (for tests at laptop sizes). */
    public Composite toolRow() {
        return toolRow.row();
    }

    /** The lens strip's text as shown ("" without a lens). */
    public String lensSummaryText() {
        return toolRow.lensSummaryText();
    }

    /** The zoom level as the tool row shows it ("45 %"). */
    public String zoomShown() {
        return toolRow.zoomShown();
    }

    /** The Find field of the tool row (for tests, which type into it). */
    public org.eclipse.swt.widgets.Text findField() {
        return toolRow.findField();
    }

    /** What Find says: "2 of 5", "no match" or "". */
    public String foundText() {
        return toolRow.foundText();
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
        return (JourneyMapEditor) editorFile.checkOnDisk();
    }

    /** Writes the recovery copy of unsaved work now (when there is any). */
    public void autosaveNow() {
        editorFile.autosaveNow();
    }

    @Override
    public Shell shell() {
        return getSite().getShell();
    }

    @Override
    public void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isOpen() {
        return session != null && session.isOpen();
    }

    @Override
    public boolean otherEditorHas(Path file) {
        for (var reference : getSite().getPage().getEditorReferences()) {
            IEditorPart other = reference.getEditor(false);
            MapSession map = other == this ? null : MapSession.of(other);
            if (map != null && file.equals(map.file())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void fileRenamed(Path file) {
        setInputWithNotify(new PathEditorInput(file));
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        session.refresh(); // the views show the new file (Model Files lists it)
    }

    @Override
    public IEditorPart part() {
        return this;
    }

    @Override
    public IEditorPart reopen() {
        var window = getSite().getWorkbenchWindow();
        Path file = file();
        getSite().getPage().closeEditor(this, false);
        return MapEditors.open(window, file);
    }

    @Override
    public boolean isDirty() {
        // A file deleted on disk counts as unsaved work: Save writes it again.
        return session != null && (((BasicCommandStack) session.commandStack()).isSaveNeeded() || editorFile.isGone());
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
        if (adapter == MapSession.class || adapter == EditorSession.class) {
            return adapter.cast(session);
        }
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = ModelOutlinePage.following(session);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
                propertyPage = new PropertySheetPage();
                propertyPage.setPropertySourceProvider(session.propertySources());
            }
            return adapter.cast(propertyPage);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(session.domain());
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
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
            session.dispose();
        }
        super.dispose();
    }
}
