package dev.touchline.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.Health;
import dev.touchline.ui.session.MapSession;
import dev.touchline.map.Palette;
import dev.touchline.ui.editor.SwtColors;

/**
 * Departments: each department's {@link DepartmentFigures} over all journeys of the model (the
 * touchpoints it owns and supports, how many are measured, its open findings, a health light). Double-click turns the map's lens on it.
 */
public final class DepartmentsView extends MapEditorView {

    private TableViewer viewer;
    private SwtColors colors;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        colors = new SwtColors(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn health = column("Health", 135, r -> "\u25cf " + r.health().label());
        health.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return "\u25cf " + ((DepartmentFigures) element).health().label();
            }

            @Override
            public Color getForeground(Object element) {
                Health h = ((DepartmentFigures) element).health();
                return colors.get(h == Health.NONE ? Palette.MUTED : Palette.of(h));
            }
        });
        column("Department", 150, r -> r.department().getName());
        column("Owns", 50, r -> Integer.toString(r.owned().size()));
        column("Supports", 65, r -> Integer.toString(r.supported().size()));
        column("Measured", 70, r -> r.measured() + "/" + r.owned().size());
        column("Off target", 70, r -> Integer.toString(r.offTarget()));
        column("Findings", 65, r -> Integer.toString(r.findings().size()));
        column("Head", 120, r -> r.department().getHead() == null ? "" : r.department().getHead());
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof DepartmentFigures row
                    && editor() != null) {
                editor().setLens(row.department(), null);
            }
        });
        startFollowing();
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<DepartmentFigures, String> text) {
        return TableColumns.add(viewer, title, width, DepartmentFigures.class, text, r -> null);
    }

    @Override
    protected void editorChanged(MapSession editor) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<DepartmentFigures> rows = editor == null ? List.of()
                : DepartmentFigures.all(editor.model(), DepartmentFigures.Scope.model(editor.model()), editor.findings());
        setContentDescription(editor == null ? "" : "Over " + DepartmentFigures.Scope.model(editor.model()).label()
                + " \u00b7 double-click: lens on the map");
        viewer.setInput(rows);
    }

    /** The rows shown. */
    @SuppressWarnings("unchecked")
    public List<DepartmentFigures> rows() {
        return viewer.getInput() == null ? List.of() : (List<DepartmentFigures>) viewer.getInput();
    }

    /** The table as shown. */
    public org.eclipse.swt.widgets.Table table() {
        return viewer.getTable();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
