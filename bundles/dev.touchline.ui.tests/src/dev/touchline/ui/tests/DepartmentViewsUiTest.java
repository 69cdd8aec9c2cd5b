package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.map.DepartmentLens;
import dev.touchline.map.Health;
import dev.touchline.map.Heatmap;
import dev.touchline.model.Department;
import dev.touchline.model.Metric;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.views.DepartmentsView;
import dev.touchline.ui.views.HeatmapView;
import dev.touchline.ui.views.ProblemsView;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;

@Tag("ui")
@ExtendWith(ClosesEditors.class)
class DepartmentViewsUiTest {

    @TempDir
    Path folder;

    @Test
    void theLensMakesADepartmentsTouchpointsStandOutAndSummarisesThem() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        Department fieldOps = (Department) editor.model().eResource().getEObject("dep-field-ops");
        dev.touchline.model.Stage movingDay = (dev.touchline.model.Stage) editor.model().eResource()
                .getEObject("st-moving-day");
        editor.setLens(fieldOps, movingDay);
        DepartmentLens lens = editor.canvas().lens();
        assertNotNull(lens);
        assertSame(movingDay, lens.focus());
        assertTrue(editor.canvas().mapLayout().columnOf(movingDay).column().x() * editor.canvas().zoom()
                >= editor.canvas().getHorizontalBar().getSelection(), "the focused stage is scrolled into view");
        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        assertEquals(DepartmentLens.Role.OWNED, lens.roleOf(crew));
        Ui.screenshot(editor.canvas(), "lens");
        Ui.screenshot(Ui.window().getShell(), "lens-workbench");
        editor.setLens(null, null);
        assertNull(editor.canvas().lens());
    }

    @Test
    void clickingAHeatmapCellOpensTheLensOnThatDepartmentAndStage() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        HeatmapView view = (HeatmapView) Ui.page().showView(TouchlineUi.HEATMAP_VIEW_ID);
        Ui.page().activate(editor);
        Ui.flush();
        Heatmap heatmap = view.heatmap();
        assertNotNull(heatmap);
        Department fieldOps = (Department) editor.model().eResource().getEObject("dep-field-ops");
        int row = heatmap.rows().indexOf(fieldOps);
        int column = editor.journey().getStages().indexOf(editor.model().eResource().getEObject("st-moving-day"));
        assertEquals(Health.WATCH, heatmap.cell(row, column).health(), "crew arrival misses its target");
        Ui.screenshot(Ui.window().getShell(), "heatmap-workbench");

        Point cell = view.cellCenter(row, column);
        Ui.click(view.canvas(), cell);
        DepartmentLens lens = editor.canvas().lens();
        assertNotNull(lens);
        assertSame(fieldOps, lens.department());
        assertSame(heatmap.cell(row, column).stage(), lens.focus());
    }

    @Test
    void departmentsViewListsOwnershipAndHealth() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        DepartmentsView view = (DepartmentsView) Ui.page().showView(TouchlineUi.DEPARTMENTS_VIEW_ID);
        Ui.page().activate(editor);
        Ui.flush();
        List<DepartmentsView.Row> rows = view.rows();
        assertEquals(editor.model().getDepartments().size(), rows.size());
        DepartmentsView.Row hr = rows.stream().filter(r -> r.summary().department().getName().equals("HR"))
                .findFirst().orElseThrow();
        assertEquals(0, hr.summary().owned());
        assertTrue(hr.summary().supported() > 0);
    }

    @Test
    void problemsShowFindingsRevealElementsAndQuickFixesCloseThem() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        ProblemsView problems = (ProblemsView) Ui.page().showView(TouchlineUi.PROBLEMS_VIEW_ID);
        Ui.page().activate(editor);
        Ui.flush();
        List<Finding> shown = problems.shown();
        assertEquals(editor.findings().report().findings().size(), shown.size());
        assertEquals(dev.touchline.validation.Severity.ERROR, shown.get(0).severity(), "errors first");

        Finding noMetric = shown.stream().filter(f -> f.rule() == Rule.TOUCHPOINT_METRIC).findFirst().orElseThrow();
        problems.viewer().setSelection(new StructuredSelection(noMetric), true);
        problems.revealSelected();
        assertEquals(List.of(noMetric.element()), editor.canvas().selection(), "double-click shows it on the map");

        Metric csat = (Metric) editor.model().eResource().getEObject("met-csat");
        problems.applyQuickFix(noMetric, csat);
        Ui.validated(editor);
        Ui.waitUntil("Problems shows the new findings", () -> problems.shown().stream()
                .noneMatch(f -> f.rule() == Rule.TOUCHPOINT_METRIC));
        Touchpoint contract = (Touchpoint) noMetric.element();
        assertSame(csat, contract.getMeasurements().get(0).getMetric());

        Finding noOwner = problems.shown().stream().filter(f -> f.rule() == Rule.TOUCHPOINT_OWNER).findFirst()
                .orElseThrow();
        Department it = (Department) editor.model().eResource().getEObject("dep-it");
        problems.applyQuickFix(noOwner, it);
        Ui.validated(editor);
        Ui.waitUntil("the owner finding is gone", () -> problems.shown().stream()
                .noneMatch(f -> f.rule() == Rule.TOUCHPOINT_OWNER));
    }
}
