package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.touchline.departments.Heatmap;
import dev.touchline.map.HeatmapLayout;
import dev.touchline.map.Rect;
import dev.touchline.model.Journey;

/** A heatmap cell is hit where it is drawn; headers are not cells. */
class HeatmapLayoutTest {

    @Test
    void everyCellIsHitAtItsCentreAndHeadersAreNotCells() throws Exception {
        SampleMap sample = new SampleMap();
        Journey journey = sample.model.getJourneys().get(0);
        HeatmapLayout layout = new HeatmapLayout(Heatmap.of(journey, sample.findings()));
        Heatmap heatmap = layout.heatmap();
        for (int r = 0; r < heatmap.rowCount(); r++) {
            for (int c = 0; c < heatmap.columnCount(); c++) {
                Rect bounds = layout.cellBounds(r, c);
                assertSame(heatmap.cell(r, c), layout.cellAt(bounds.centerX(), bounds.centerY()), r + "," + c);
                assertSame(heatmap.cell(r, c), layout.cellAt(bounds.x(), bounds.y()), "top left of " + r + "," + c);
            }
        }
        Rect first = layout.cellBounds(0, 0);
        assertNull(layout.cellAt(3, first.centerY()), "row headers are not cells");
        assertNull(layout.cellAt(first.centerX(), 3), "stage headers are not cells");
        assertNull(layout.cellAt(layout.width() + 1, first.centerY()), "right of the grid");
        assertNull(layout.cellAt(first.centerX(), layout.height() + 1), "under the grid");
        assertEquals(HeatmapLayout.ROW_HEADER_WIDTH + journey.getStages().size() * HeatmapLayout.CELL_WIDTH,
                layout.width());
    }
}
