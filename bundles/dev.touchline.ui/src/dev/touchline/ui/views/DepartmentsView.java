package dev.touchline.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import dev.touchline.map.Health;
import dev.touchline.model.Department;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapColors;
import dev.touchline.validation.DepartmentSummary;

/**
 * Departments: each department with the touchpoints it owns and supports, how many are measured,
 * its open findings and a health light. Double-click turns the map's lens on it.
 */
public final class DepartmentsView extends MapEditorView {

    /** One row: the department's numbers and its health over all journeys. */
    public record Row(DepartmentSummary summary, Health health) {
    }

    private TableViewer viewer;
    private MapColors colors;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        colors = new MapColors(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn health = column("Health", 135, r -> "\u25cf " + r.health().label());
        health.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return "\u25cf " + ((Row) element).health().label();
            }

            @Override
            public Color getForeground(Object element) {
                Health h = ((Row) element).health();
                return h == Health.NONE ? colors.get(MapColors.MUTED) : colors.of(h);
            }
        });
        column("Department", 150, r -> r.summary().department().getName());
        column("Owns", 50, r -> Integer.toString(r.summary().owned()));
        column("Supports", 65, r -> Integer.toString(r.summary().supported()));
        column("Measured", 70, r -> r.summary().measured() + "/" + r.summary().owned());
        column("Findings", 65, r -> Integer.toString(r.summary().findings()));
        column("Head", 120, r -> r.summary().department().getHead() == null ? ""
                : r.summary().department().getHead());
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Row row && editor() != null) {
                editor().setLens(row.summary().department(), null);
            }
        });
        startFollowing();
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
        return TableColumns.add(viewer, title, width, Row.class, text, r -> null);
    }

    @Override
    protected void editorChanged(JourneyMapEditor editor) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        if (editor != null) {
            for (DepartmentSummary summary : DepartmentSummary.of(editor.model(), editor.findings().report())) {
                Department department = summary.department();
                List<Touchpoint> owned = department.getOwnedTouchpoints();
                rows.add(new Row(summary, Health.of(owned, editor.findings())));
            }
        }
        viewer.setInput(rows);
    }

    /** The rows shown. */
    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        return viewer.getInput() == null ? List.of() : (List<Row>) viewer.getInput();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
