package dev.touchline.departments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.DepartmentLens;
import dev.touchline.departments.Health;
import dev.touchline.departments.Heatmap;
import dev.touchline.departments.FindingIndex;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

class DepartmentViewsTest {

    @Test
    void lensSeparatesOwnedSupportedAndOtherTouchpoints() throws Exception {
        SampleModel sample = new SampleModel();
        Department it = sample.byId("dep-it");
        DepartmentLens lens = new DepartmentLens(it, null);
        assertEquals(DepartmentLens.Role.OWNED, lens.roleOf(sample.byId("tp-web-uptime")));
        assertEquals(DepartmentLens.Role.SUPPORTED, lens.roleOf(sample.byId("tp-truck-tracking")));
        assertEquals(DepartmentLens.Role.OTHER, lens.roleOf(sample.byId("tp-reviews")));
    }

    @Test
    void lensSummaryCountsWhatTheDepartmentOwnsAndHowItIsDoing() throws Exception {
        SampleModel sample = new SampleModel();
        Journey journey = sample.model.getJourneys().get(0);
        Department fieldOps = sample.byId("dep-field-ops");
        DepartmentFigures summary = new DepartmentLens(fieldOps, null).figures(journey, sample.findings());
        List<Touchpoint> owned = fieldOps.getOwnedTouchpoints();
        assertEquals(owned.size(), summary.owned().size());
        assertEquals(fieldOps.getSupportedTouchpoints().size(), summary.supported().size());
        int measurements = owned.stream().mapToInt(t -> t.getMeasurements().size()).sum();
        assertEquals(measurements, summary.onTarget() + summary.offTarget());
        assertTrue(summary.offTarget() >= 1, "crew arrival misses its on-time target");
        assertEquals(summary.errors() > 0 ? Health.POOR : Health.WATCH, summary.health());
        assertTrue(summary.promises().contains(sample.byId("bp-show-up")));
    }

    @Test
    void heatmapCellsHoldOwnedTouchpointsAndAnUnownedRowShowsTheGap() throws Exception {
        SampleModel sample = new SampleModel();
        Journey journey = sample.model.getJourneys().get(0);
        FindingIndex findings = sample.findings();
        Heatmap heatmap = Heatmap.of(journey, findings);
        assertEquals(sample.model.getDepartments().size() + 1, heatmap.rowCount());
        assertEquals(journey.getStages().size(), heatmap.columnCount());
        int total = 0;
        for (int r = 0; r < heatmap.rowCount(); r++) {
            for (int c = 0; c < heatmap.columnCount(); c++) {
                total += heatmap.cell(r, c).owned().size();
            }
        }
        assertEquals(journey.getStages().stream().mapToInt(s -> s.getTouchpoints().size()).sum(), total);

        Stage movingDay = sample.byId("st-moving-day");
        int column = journey.getStages().indexOf(movingDay);
        Heatmap.Cell unowned = heatmap.cell(heatmap.rowCount() - 1, column);
        assertNull(unowned.department());
        assertTrue(unowned.owned().contains(sample.byId("tp-truck-tracking")));
        assertEquals(Health.POOR, unowned.health());

        int fieldOps = heatmap.rows().indexOf(sample.byId("dep-field-ops"));
        assertTrue(heatmap.cell(fieldOps, column).figures().offTarget() > 0, "crew arrives is off target");
        assertNotEquals(Health.GOOD, heatmap.cell(fieldOps, column).health());
        int hr = heatmap.rows().indexOf(sample.byId("dep-hr"));
        Heatmap.Cell hrCell = heatmap.cell(hr, column);
        assertTrue(hrCell.owned().isEmpty(), "HR owns nothing on moving day");
        assertFalse(hrCell.figures().supported().isEmpty(), "but supports the crew");
        assertNotEquals(Health.NONE, hrCell.health(), "a department that only supports still has a cell");
    }
}
