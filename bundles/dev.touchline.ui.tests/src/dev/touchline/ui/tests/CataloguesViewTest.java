package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Metric;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.views.CataloguesView;

/** The Catalogues view: the model's metrics, channels, departments... as tables edited in their cells. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class CataloguesViewTest {

    @TempDir
    Path folder;

    @Test
    void metricsAreATableEditedInItsCellsAddedRemovedAndSortedAsOneStepEach() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        CataloguesView view = (CataloguesView) Ui.page().showView(TouchlineUi.CATALOGUES_VIEW_ID);
        Ui.flush();
        TableViewer viewer = view.show(TouchlinePackage.Literals.JOURNEY_MODEL__METRICS);
        Table table = viewer.getTable();
        List<Metric> metrics = editor.model().getMetrics();
        assertEquals(metrics.size(), table.getItemCount());
        assertEquals("Name", table.getColumn(0).getText());
        int unit = column(table, "Unit");
        assertEquals(metrics.get(1).getUnit(), table.getItem(1).getText(unit));

        // a cell edited as a user does: the cell editor opens, the text is typed, Enter applies it
        Metric csat = metrics.get(1);
        viewer.editElement(csat, unit);
        Text field = activeText(table);
        assertNotNull(field, "the cell opens for typing");
        field.setText("points");
        Event enter = new Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        enter.keyCode = SWT.CR;
        enter.doit = true;
        field.notifyListeners(SWT.Traverse, enter);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.flush();
        assertEquals("points", csat.getUnit());
        assertEquals("points", table.getItem(1).getText(unit));
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertEquals("%", csat.getUnit(), "Undo takes the cell back");

        int before = metrics.size();
        press(table, "Add");
        assertEquals(before + 1, metrics.size());
        assertEquals("New metric", metrics.get(before).getName());
        viewer.cancelEditing();
        viewer.setSelection(new StructuredSelection(metrics.get(before)));
        press(table, "Remove");
        assertEquals(before, metrics.size());

        table.getColumn(0).notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        List<String> shown = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            shown.add(item.getText(0));
        }
        List<String> sorted = new ArrayList<>(shown);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, shown, "a click on a column sorts by it");
        assertFalse(metrics.stream().map(Metric::getName).toList().equals(shown), "the model's order is kept");
        Ui.screenshot(Ui.window().getShell(), "catalogues-metrics");

        editor.doSave(null);
        assertEquals(before, ModelFiles.load(editor.file()).getMetrics().size());
        assertTrue(editor.domain().getCommandStack().canUndo());
    }

    private static int column(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static Text activeText(Table table) {
        for (Control child : table.getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
        }
        return null;
    }

    private static void press(Table table, String tool) {
        for (Control sibling : table.getParent().getChildren()) {
            if (sibling instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (item.getText().equals(tool)) {
                        item.notifyListeners(SWT.Selection, new Event());
                        Ui.flush();
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no tool " + tool);
    }
}
