package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** Publishes the map's selection to the workbench (Properties, Outline, other views). */
final class MapSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final Supplier<MapCanvas> canvas;

    MapSelectionProvider(Supplier<MapCanvas> canvas) {
        this.canvas = canvas;
    }

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
        return canvas.get() == null ? StructuredSelection.EMPTY : new StructuredSelection(canvas.get().selection());
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
            canvas.get().setSelection(elements);
        }
    }

    void fire(List<EObject> selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, new StructuredSelection(selection));
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
