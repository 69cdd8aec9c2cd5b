package dev.touchline.map;

import java.util.ArrayList;
import java.util.List;

import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Targets;

/**
 * Departments × stages of one journey: each cell holds the touchpoints the department owns in
 * that stage and their {@link Health}. A last row collects touchpoints nobody owns, so gaps show
 * up as loudly as poor cells. Also carries its own geometry, so painters and hit tests agree.
 */
public final class Heatmap {

    public static final int ROW_HEADER_WIDTH = 210;
    public static final int HEADER_HEIGHT = 48;
    public static final int CELL_WIDTH = 132;
    public static final int CELL_HEIGHT = 44;

    /**
     * One cell.
     *
     * @param department the row's department; {@code null} for the "no owner" row
     * @param stage the column's stage
     * @param owned the department's touchpoints in the stage
     * @param findings findings on those touchpoints and their content
     * @param offTarget their measurements that miss the target
     * @param health the cell's colour
     */
    public record Cell(Department department, Stage stage, List<Touchpoint> owned, int findings, int offTarget,
            Health health) {
    }

    private final Journey journey;
    private final List<Department> rows;
    private final Cell[][] cells;

    private Heatmap(Journey journey, List<Department> rows, Cell[][] cells) {
        this.journey = journey;
        this.rows = rows;
        this.cells = cells;
    }

    /** The heatmap of one journey. */
    public static Heatmap of(Journey journey, MapFindings findings) {
        List<Department> rows = new ArrayList<>();
        if (journey.eContainer() instanceof JourneyModel model) {
            rows.addAll(model.getDepartments());
        }
        rows.add(null);
        List<Stage> stages = journey.getStages();
        Cell[][] cells = new Cell[rows.size()][stages.size()];
        for (int c = 0; c < stages.size(); c++) {
            Stage stage = stages.get(c);
            for (int r = 0; r < rows.size(); r++) {
                Department department = rows.get(r);
                List<Touchpoint> owned = new ArrayList<>();
                int findingCount = 0;
                int offTarget = 0;
                for (Touchpoint touchpoint : stage.getTouchpoints()) {
                    if (touchpoint.getOwner() != department) {
                        continue;
                    }
                    owned.add(touchpoint);
                    List<Finding> within = findings.within(touchpoint);
                    findingCount += within.size();
                    for (Measurement measurement : touchpoint.getMeasurements()) {
                        if (Targets.status(measurement) == Targets.Status.OFF_TARGET) {
                            offTarget++;
                        }
                    }
                }
                cells[r][c] = new Cell(department, stage, List.copyOf(owned), findingCount, offTarget,
                        Health.of(owned, findings));
            }
        }
        return new Heatmap(journey, rows, cells);
    }

    public Journey journey() {
        return journey;
    }

    /** The rows' departments, model order, then {@code null} for "no owner". */
    public List<Department> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return journey.getStages().size();
    }

    public Cell cell(int row, int column) {
        return cells[row][column];
    }

    public int width() {
        return ROW_HEADER_WIDTH + columnCount() * CELL_WIDTH;
    }

    public int height() {
        return HEADER_HEIGHT + rowCount() * CELL_HEIGHT;
    }

    public Rect cellBounds(int row, int column) {
        return new Rect(ROW_HEADER_WIDTH + column * CELL_WIDTH, HEADER_HEIGHT + row * CELL_HEIGHT, CELL_WIDTH,
                CELL_HEIGHT);
    }

    /** The cell at a point, or {@code null} outside the cells (headers included). */
    public Cell cellAt(int x, int y) {
        if (x < ROW_HEADER_WIDTH || y < HEADER_HEIGHT) {
            return null;
        }
        int column = (x - ROW_HEADER_WIDTH) / CELL_WIDTH;
        int row = (y - HEADER_HEIGHT) / CELL_HEIGHT;
        return row < rowCount() && column < columnCount() ? cells[row][column] : null;
    }
}
