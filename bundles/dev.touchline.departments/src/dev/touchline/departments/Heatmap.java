package dev.touchline.departments;

import java.util.ArrayList;
import java.util.List;

import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

/**
 * Departments × stages of one journey: each cell holds the department's {@link DepartmentFigures}
 * in that stage (what it owns and supports there, the findings that concern it, its health). A
 * last row collects touchpoints nobody owns, so gaps show up as loudly as poor cells.
 * Where the cells lie on screen or paper is the map bundle's {@code HeatmapLayout}.
 */
public final class Heatmap {

    /**
     * One cell: a department's figures in one stage.
     *
     * @param stage the column's stage
     * @param figures the row department's figures in the stage ({@link DepartmentFigures#unowned}
     *        for the "no owner" row)
     */
    public record Cell(Stage stage, DepartmentFigures figures) {

        /** The row's department; {@code null} for the "no owner" row. */
        public Department department() {
            return figures.department();
        }

        /** The department's touchpoints in the stage (for the last row: those nobody owns). */
        public List<Touchpoint> owned() {
            return figures.owned();
        }

        /** The department's supported touchpoints in the stage (none for the last row). */
        public List<Touchpoint> supported() {
            return figures.supported();
        }

        /** The findings on the cell's touchpoints. */
        public List<dev.touchline.validation.Finding> findings() {
            return figures.findings();
        }

        /** What the cell counts ("Stage Book a move"). */
        public String scopeLabel() {
            return figures.scope().label();
        }

        public Health health() {
            return figures.health();
        }
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
    public static Heatmap of(Journey journey, FindingIndex findings) {
        List<Department> rows = new ArrayList<>();
        if (journey.eContainer() instanceof JourneyModel model) {
            rows.addAll(model.getDepartments());
        }
        rows.add(null);
        List<Stage> stages = journey.getStages();
        Cell[][] cells = new Cell[rows.size()][stages.size()];
        for (int c = 0; c < stages.size(); c++) {
            Stage stage = stages.get(c);
            DepartmentFigures.Scope scope = DepartmentFigures.Scope.stage(stage);
            List<DepartmentFigures> figures = journey.eContainer() instanceof JourneyModel model
                    ? DepartmentFigures.all(model, scope, findings) : List.of();
            for (int r = 0; r < figures.size(); r++) {
                cells[r][c] = new Cell(stage, figures.get(r));
            }
            cells[rows.size() - 1][c] = new Cell(stage, DepartmentFigures.unowned(scope, findings));
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
}
