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

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.DepartmentLens;
import dev.touchline.departments.Health;
import dev.touchline.departments.Heatmap;
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
        editor.session().setLens(fieldOps, movingDay);
        DepartmentLens lens = editor.canvas().lens();
        assertNotNull(lens);
        assertSame(movingDay, lens.focus());
        assertTrue(editor.canvas().mapLayout().columnOf(movingDay).column().x() * editor.canvas().zoom()
                >= editor.canvas().getHorizontalBar().getSelection(), "the focused stage is scrolled into view");
        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        assertEquals(DepartmentLens.Role.OWNED, lens.roleOf(crew));
        Ui.screenshot(editor.canvas(), "lens");
        Ui.screenshot(Ui.window().getShell(), "lens-workbench");
        editor.session().setLens(null, null);
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
        int column = editor.session().journey().getStages().indexOf(editor.model().eResource().getEObject("st-moving-day"));
        assertTrue(heatmap.cell(row, column).figures().offTarget() > 0, "crew arrival misses its target");
        Ui.screenshot(Ui.window().getShell(), "heatmap-workbench");

        Point cell = view.cellCenter(row, column);
        Ui.click(view.canvas(), cell);
        DepartmentLens lens = editor.canvas().lens();
        assertNotNull(lens);
        assertSame(fieldOps, lens.department());
        assertSame(heatmap.cell(row, column).stage(), lens.focus());
    }

    @Test
    void departmentsViewLensAndHeatmapShowTheSameFiguresAndSayWhatTheyCount() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        DepartmentsView view = (DepartmentsView) Ui.page().showView(TouchlineUi.DEPARTMENTS_VIEW_ID);
        HeatmapView heatmapView = (HeatmapView) Ui.page().showView(TouchlineUi.HEATMAP_VIEW_ID);
        Ui.page().activate(editor);
        Ui.flush();
        List<DepartmentFigures> expected = DepartmentFigures.all(editor.model(),
                DepartmentFigures.Scope.model(editor.model()), editor.session().findings());
        org.eclipse.swt.widgets.Table table = view.table();
        assertEquals(expected.size(), table.getItemCount());
        for (int i = 0; i < expected.size(); i++) {
            DepartmentFigures f = expected.get(i);
            var item = table.getItem(i);
            assertEquals("\u25cf " + f.health().label(), item.getText(0));
            assertEquals(f.department().getName(), item.getText(1));
            assertEquals(Integer.toString(f.owned().size()), item.getText(2));
            assertEquals(Integer.toString(f.supported().size()), item.getText(3));
            assertEquals(f.measured() + "/" + f.owned().size(), item.getText(4));
            assertEquals(Integer.toString(f.offTarget()), item.getText(5));
            assertEquals(Integer.toString(f.findings().size()), item.getText(6));
            if (f.errors() > 0) {
                assertEquals(Health.POOR, f.health(), "no department with errors is on track");
            }
        }
        assertTrue(view.getContentDescription().contains("all journeys"), view.getContentDescription());

        // The sample has one journey: the lens (journey scope) and the Departments view (model
        // scope) agree, and the heatmap's stages add up to them.
        Department it = (Department) editor.model().eResource().getEObject("dep-it");
        DepartmentFigures itFigures = expected.get(editor.model().getDepartments().indexOf(it));
        editor.session().setLens(it, null);
        Ui.flush();
        String strip = editor.lensSummaryText();
        assertTrue(strip.startsWith("\u25cf IT in journey " + editor.session().journey().getName() + ": "
                + itFigures.health().label()), strip);
        assertTrue(strip.contains("owns " + itFigures.owned().size() + " touchpoint"), strip);
        assertTrue(strip.contains("supports " + itFigures.supported().size()), strip);
        assertTrue(strip.contains(itFigures.errors() + " error"), strip);
        for (var p : itFigures.promises()) {
            assertTrue(strip.contains(p.getName()), "the lens names the promise IT's handout lists: " + p.getName());
        }
        Heatmap heatmap = heatmapView.heatmap();
        int row = heatmap.rows().indexOf(it);
        int owned = 0;
        int supported = 0;
        for (int c = 0; c < heatmap.columnCount(); c++) {
            owned += heatmap.cell(row, c).owned().size();
            supported += heatmap.cell(row, c).figures().supported().size();
        }
        assertEquals(itFigures.owned().size(), owned);
        assertEquals(itFigures.supported().size(), supported);
        assertTrue(heatmapView.getContentDescription().startsWith("Journey " + editor.session().journey().getName()),
                heatmapView.getContentDescription());
        Ui.screenshot(Ui.window().getShell(), "department-figures");
    }

    @Test
    void problemsShowFindingsRevealElementsAndQuickFixesCloseThem() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        ProblemsView problems = (ProblemsView) Ui.page().showView(TouchlineUi.PROBLEMS_VIEW_ID);
        Ui.page().activate(editor);
        Ui.flush();
        List<Finding> shown = problems.shown();
        assertEquals(editor.session().findings().report().findings().size(), shown.size());
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
