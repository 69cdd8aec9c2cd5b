package dev.touchline.map;

import dev.touchline.departments.Heatmap;

/**
 * Where a {@link Heatmap}'s headers and cells lie, in map pixels: one geometry for the view that
 * paints it, its hit tests and the exported SVG/PDF, so a click lands on the cell that is drawn.
 *
 * @param heatmap the grid of department figures
 */
public record HeatmapLayout(Heatmap heatmap) {

    public static final int ROW_HEADER_WIDTH = 210;
    public static final int HEADER_HEIGHT = 48;
    public static final int CELL_WIDTH = 132;
    public static final int CELL_HEIGHT = 44;
    /** Room under the grid for the key of colours and words. */
    public static final int KEY_HEIGHT = 34;

    /** The grid's width (row headers and every stage column). */
    public int width() {
        return ROW_HEADER_WIDTH + heatmap.columnCount() * CELL_WIDTH;
    }

    /** The grid's height (stage headers and every department row), without the key. */
    public int height() {
        return HEADER_HEIGHT + heatmap.rowCount() * CELL_HEIGHT;
    }

    public Rect cellBounds(int row, int column) {
        return new Rect(ROW_HEADER_WIDTH + column * CELL_WIDTH, HEADER_HEIGHT + row * CELL_HEIGHT, CELL_WIDTH,
                CELL_HEIGHT);
    }

    /** The cell at a point, or {@code null} outside the cells (headers included). */
    public Heatmap.Cell cellAt(int x, int y) {
        if (x < ROW_HEADER_WIDTH || y < HEADER_HEIGHT) {
            return null;
        }
        int column = (x - ROW_HEADER_WIDTH) / CELL_WIDTH;
        int row = (y - HEADER_HEIGHT) / CELL_HEIGHT;
        return row < heatmap.rowCount() && column < heatmap.columnCount() ? heatmap.cell(row, column) : null;
    }
}
