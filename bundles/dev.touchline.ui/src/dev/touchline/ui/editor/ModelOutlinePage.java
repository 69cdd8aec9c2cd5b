package dev.touchline.ui.editor;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.touchline.model.JourneyModel;
import dev.touchline.ui.properties.ItemProviderContent;

/** The Outline: the model as a tree, from the EMF.Edit item providers, kept in sync with the map. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final JourneyModel model;
    private final INotifyChangedListener refresher = notification -> scheduleRefresh();
    private boolean refreshPending;
    private boolean showing;

    ModelOutlinePage(AdapterFactory adapterFactory, JourneyModel model) {
        this.adapterFactory = adapterFactory;
        this.model = model;
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
