package dev.touchline.map.draw;

import java.util.ArrayList;
import java.util.List;

import dev.touchline.departments.Health;
import dev.touchline.departments.Heatmap;
import dev.touchline.map.HeatmapLayout;
import dev.touchline.map.Palette;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Stage;
import dev.touchline.model.util.ElementPaths;

/**
 * The one drawing of a heatmap (departments × stages, each cell coloured by the department's
 * health there), issued to a {@link Surface}: the Heatmap view draws it on SWT, the workshop pack
 * writes it as SVG and PDF. Geometry from {@link HeatmapLayout}, colours from {@link Palette},
 * every text fitted by {@link TextFit}; the key of colours and words sits under the grid.
 */
public final class HeatmapDrawing {

    /** What the short words in a cell mean. */
    public static final String CELL_KEY = "In a cell: own = touchpoints owned, sup = supported, \u26a0 = findings that"
            + " concern the department";

    private final TextFit text;

    public HeatmapDrawing(TextFit text) {
        this.text = text;
    }

    /** Width of the drawing: the grid, or the key when that is wider. */
    public int width(HeatmapLayout layout) {
        return (int) Math.ceil(Math.max(layout.width(), 6 + keyWidth() + 6));
    }

    /** Height of the drawing: the grid and the key under it. */
    public int height(HeatmapLayout layout) {
        return layout.height() + HeatmapLayout.KEY_HEIGHT;
    }

    /** Draws the whole heatmap, its key included, from (0, 0), on paper. */
    public void draw(Surface surface, HeatmapLayout layout) {
        Heatmap heatmap = layout.heatmap();
        surface.rect(0, 0, width(layout), height(layout), Palette.PAPER);
        for (int c = 0; c < heatmap.columnCount(); c++) {
            Rect r = layout.cellBounds(0, c);
            Stage stage = heatmap.journey().getStages().get(c);
            line(surface, stage.getName(), r.x() + 6, 8, HeatmapLayout.CELL_WIDTH - 10, MapFont.BOLD, Palette.INK);
            line(surface, "stage " + (c + 1), r.x() + 6, 26, HeatmapLayout.CELL_WIDTH - 10, MapFont.SMALL,
                    Palette.MUTED);
        }
        for (int row = 0; row < heatmap.rowCount(); row++) {
            Department department = heatmap.rows().get(row);
            int y = layout.cellBounds(row, 0).y();
            surface.roundRect(6, y + 14, 14, 14, 4, department == null ? Palette.POOR : Palette.of(department), null, 0,
                    null);
            line(surface, department == null ? "No owner" : ElementPaths.label(department), 26, y + 13,
                    HeatmapLayout.ROW_HEADER_WIDTH - 34, department == null ? MapFont.BOLD : MapFont.REGULAR,
                    Palette.INK);
            for (int c = 0; c < heatmap.columnCount(); c++) {
                cell(surface, heatmap.cell(row, c), layout.cellBounds(row, c));
            }
        }
        key(surface, 6, layout.height() + 10);
    }

    private void cell(Surface surface, Heatmap.Cell cell, Rect r) {
        Health health = cell.health();
        surface.beginGroup(title(cell), 1);
        surface.roundRect(r.x() + 2, r.y() + 2, r.width() - 4, r.height() - 4, 4, Palette.of(health), null, 0, null);
        if (health != Health.NONE) {
            // bold where it fits; else the smaller face, so the count of findings is not cut off
            String label = label(cell);
            MapFont font = text.width(label, MapFont.BOLD) <= r.width() - 18 ? MapFont.BOLD : MapFont.SMALL;
            double top = r.y() + (r.height() - font.size() * 1.2) / 2;
            line(surface, label, r.x() + 10, top, r.width() - 18, font,
                    health == Health.WATCH ? Palette.INK : Palette.PAPER);
        }
        surface.endGroup();
    }

    /** What a cell is, for the formats that name their shapes (an SVG title). */
    private static String title(Heatmap.Cell cell) {
        String who = cell.department() == null ? "No owner" : ElementPaths.label(cell.department());
        return who + " in " + cell.scopeLabel() + ": " + cell.health().label();
    }

    private void key(Surface surface, double x, double top) {
        double lx = x;
        for (Health h : Health.values()) {
            surface.roundRect(lx, top + 2, 12, 12, 3, Palette.of(h), Palette.LINE, 1, null);
            line(surface, h.label(), lx + 16, top, 400, MapFont.SMALL, Palette.MUTED);
            lx += 16 + text.width(h.label(), MapFont.SMALL) + 18;
        }
        line(surface, CELL_KEY, lx, top, 2000, MapFont.SMALL, Palette.MUTED);
    }

    private double keyWidth() {
        double w = 0;
        for (Health h : Health.values()) {
            w += 16 + text.width(h.label(), MapFont.SMALL) + 18;
        }
        return w + text.width(CELL_KEY, MapFont.SMALL);
    }

    /** One line of text from {@code top}, cut with an ellipsis to {@code width}. */
    private void line(Surface surface, String value, double x, double top, double width, MapFont font, int fill) {
        MapDrawing.lines(surface, text, text.lines(value, font, width, 1), x, top, 0, font, fill);
    }

    /** The text inside a cell: "2 own · 1 sup · 3 ⚠" (for the "no owner" row: "2 tp · 3 ⚠"). */
    public static String label(Heatmap.Cell cell) {
        List<String> parts = new ArrayList<>();
        if (cell.department() == null) {
            parts.add(cell.owned().size() + " tp");
        } else {
            if (!cell.owned().isEmpty()) {
                parts.add(cell.owned().size() + " own");
            }
            if (!cell.supported().isEmpty()) {
                parts.add(cell.supported().size() + " sup");
            }
        }
        if (!cell.findings().isEmpty()) {
            parts.add(cell.findings().size() + " \u26a0");
        }
        return String.join(" \u00b7 ", parts);
    }
}
