package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.NamedElement;
import dev.touchline.ui.properties.ItemProviderContent;

/**
 * The Outline: the model as a tree, from the EMF.Edit item providers, kept in sync with the map.
 * Its context menu creates what the selected element (or the model) can hold, renames and
 * deletes, through the editor's commands; Delete and F2 do the same from the keyboard.
 */
final class ModelOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final JourneyModel model;
    private final EditorSession editor;
    private final INotifyChangedListener refresher = notification -> scheduleRefresh();
    private boolean refreshPending;
    private boolean showing;

    private ModelOutlinePage(EditorSession session) {
        this.adapterFactory = session.adapterFactory();
        this.model = session.model();
        this.editor = session;
    }

    /** The outline of a session's model, selecting on the map what is selected in the tree. */
    static ModelOutlinePage following(EditorSession session) {
        ModelOutlinePage outline = new ModelOutlinePage(session);
        outline.addSelectionChangedListener(event -> {
            MapCanvas canvas = session.canvas();
            if (outline.isShowing() || canvas == null) {
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
        return outline;
    }

    /** The elements selected in the tree. */
    List<EObject> selected() {
        List<EObject> elements = new ArrayList<>();
        for (Object o : getTreeViewer().getStructuredSelection()) {
            if (o instanceof EObject e) {
                elements.add(e);
            }
        }
        return elements;
    }

    /**
     * Edit &gt; Undo, Redo and Delete while the Outline has the focus (the Edit menu was all grey
     * there): Undo and Redo are the map's, on its one command stack; Delete takes the Outline's
     * selection, as its Delete key does, and Undo brings it back.
     */
    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.actions().undo());
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.actions().redo());
        org.eclipse.jface.action.IAction delete = editor.actions().action("Delete", () -> {
            List<EObject> selected = selected();
            if (!selected.isEmpty() && !selected.contains(model)) {
                editor.editing().delete(selected);
            }
        }, false);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        addSelectionChangedListener(e -> delete.setEnabled(!selected().isEmpty() && !selected().contains(model)));
    }

    private void fillMenu(IMenuManager menu) {
        List<EObject> selected = selected();
        EditActions actions = editor.actions();
        MapEditing editing = editor.editing();
        EObject owner = selected.isEmpty() ? model : selected.get(0);
        editing.fillNewMenu(menu, owner, actions, "Ne&w");
        menu.add(new Separator());
        menu.add(actions.action("Rename...", () -> editing.rename((NamedElement) owner),
                selected.size() == 1 && owner instanceof NamedElement));
        menu.add(actions.action("Delete", () -> editing.delete(selected),
                !selected.isEmpty() && !selected.contains(model)));
    }

    /** Drag elements to reorder them, or to move them into another element (see {@link OutlineDrop}). */
    private void dragAndDrop(TreeViewer viewer) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                List<EObject> selected = selected();
                event.doit = !selected.isEmpty() && !selected.contains(model);
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                org.eclipse.emf.common.command.Command command = command(target);
                boolean ok = command.canExecute();
                command.dispose();
                return ok;
            }

            @Override
            public boolean performDrop(Object data) {
                org.eclipse.emf.common.command.Command command = command(getCurrentTarget());
                if (!command.canExecute()) {
                    return false;
                }
                editor.execute(command);
                return true;
            }

            private org.eclipse.emf.common.command.Command command(Object target) {
                OutlineDrop.Where where = switch (getCurrentLocation()) {
                    case LOCATION_BEFORE -> OutlineDrop.Where.BEFORE;
                    case LOCATION_AFTER -> OutlineDrop.Where.AFTER;
                    default -> OutlineDrop.Where.ON;
                };
                return OutlineDrop.move(editor.domain(), target, where, selected());
            }
        });
    }

    private void key(Event e) {
        List<EObject> selected = selected();
        if (e.keyCode == SWT.DEL && !selected.isEmpty() && !selected.contains(model)) {
            editor.editing().delete(selected);
            e.doit = false;
        } else if (e.keyCode == SWT.F2 && selected.size() == 1 && selected.get(0) instanceof NamedElement named) {
            editor.editing().rename(named);
            e.doit = false;
        }
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        ItemProviderContent content = new ItemProviderContent(adapterFactory, viewer.getControl());
        viewer.setContentProvider(content);
        viewer.setLabelProvider(content);
        viewer.setInput(model.eResource());
        viewer.expandToLevel(3);
        ((IChangeNotifier) adapterFactory).addListener(refresher);
        MenuManager menu = new MenuManager("#OutlineContext");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        viewer.getControl().addListener(SWT.KeyDown, this::key);
        dragAndDrop(viewer);
    }

    /**
     * Selects the elements in the tree without echoing the selection back to the map. The tree
     * is brought up to date first: an element just created is not in it until its refresh, and
     * selecting it there gave an empty selection that cleared the map's (a new touchpoint lost
     * its rename field, and so the name typed next).
     */
    void show(List<?> elements) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        IStructuredSelection current = viewer.getStructuredSelection();
        if (!current.toList().equals(elements)) {
            showing = true;
            try {
                if (refreshPending) {
                    refreshPending = false;
                    viewer.refresh();
                }
                viewer.setSelection(new StructuredSelection(elements), true);
            } finally {
                showing = false;
            }
        }
    }

    /** Whether the tree's selection is being set from the map (so it must not go back to the map). */
    boolean isShowing() {
        return showing;
    }

    private void scheduleRefresh() {
        TreeViewer viewer = getTreeViewer();
        if (refreshPending || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        refreshPending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (refreshPending && !viewer.getControl().isDisposed()) {
                refreshPending = false;
                viewer.refresh();
            }
        });
    }

    @Override
    public void dispose() {
        ((IChangeNotifier) adapterFactory).removeListener(refresher);
        super.dispose();
    }
}
