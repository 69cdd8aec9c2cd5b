package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.touchline.map.DepartmentLens;
import dev.touchline.map.Health;
import dev.touchline.map.Heatmap;
import dev.touchline.map.MapFindings;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

class DepartmentViewsTest {

    @Test
    void lensSeparatesOwnedSupportedAndOtherTouchpoints() throws Exception {
        SampleMap sample = new SampleMap();
        Department it = sample.byId("dep-it");
        DepartmentLens lens = new DepartmentLens(it, null);
        assertEquals(DepartmentLens.Role.OWNED, lens.roleOf(sample.byId("tp-web-uptime")));
        assertEquals(DepartmentLens.Role.SUPPORTED, lens.roleOf(sample.byId("tp-truck-tracking")));
        assertEquals(DepartmentLens.Role.OTHER, lens.roleOf(sample.byId("tp-reviews")));
    }

    @Test
    void lensSummaryCountsWhatTheDepartmentOwnsAndHowItIsDoing() throws Exception {
        SampleMap sample = new SampleMap();
        Journey journey = sample.model.getJourneys().get(0);
        Department fieldOps = sample.byId("dep-field-ops");
        DepartmentLens.Summary summary = new DepartmentLens(fieldOps, null).summarize(journey, sample.findings());
        List<Touchpoint> owned = fieldOps.getOwnedTouchpoints();
        assertEquals(owned.size(), summary.owned());
        assertEquals(fieldOps.getSupportedTouchpoints().size(), summary.supported());
        int measurements = owned.stream().mapToInt(t -> t.getMeasurements().size()).sum();
        assertEquals(measurements, summary.onTarget() + summary.offTarget());
        assertTrue(summary.offTarget() >= 1, "crew arrival misses its on-time target");
        assertEquals(Health.WATCH, summary.health());
        assertTrue(summary.promises().contains(sample.byId("bp-show-up")));
    }

    @Test
    void heatmapCellsHoldOwnedTouchpointsAndAnUnownedRowShowsTheGap() throws Exception {
        SampleMap sample = new SampleMap();
        Journey journey = sample.model.getJourneys().get(0);
        MapFindings findings = sample.findings();
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
        assertEquals(Health.WATCH, heatmap.cell(fieldOps, column).health(), "crew arrives is off target");
        int hr = heatmap.rows().indexOf(sample.byId("dep-hr"));
        assertEquals(Health.NONE, heatmap.cell(hr, column).health(), "HR only supports");

        Rect bounds = heatmap.cellBounds(fieldOps, column);
        assertSame(heatmap.cell(fieldOps, column), heatmap.cellAt(bounds.centerX(), bounds.centerY()));
        assertNull(heatmap.cellAt(3, bounds.centerY()), "row headers are not cells");
    }
}
