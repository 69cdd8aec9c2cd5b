package dev.touchline.sheet;

import java.util.ArrayList;
import java.util.List;

import dev.touchline.model.Channel;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

/**
 * The rows of a {@link Table} for a model, in model order. Cells are {@link String}s, or
 * {@link Number}s for number columns ({@code null} when empty).
 */
final class SheetRows {

    private final JourneyModel model;
    final Names<Department> departments;
    final Names<Channel> channels;
    final Names<Metric> metrics;
    final Names<Journey> journeys;

    SheetRows(JourneyModel model) {
        this.model = model;
        departments = new Names<>("department", model.getDepartments());
        channels = new Names<>("channel", model.getChannels());
        metrics = new Names<>("metric", model.getMetrics());
        journeys = new Names<>("journey", model.getJourneys());
    }

    /** The rows of {@code table}: each its columns' cells ({@link Column#value}). */
    List<Object[]> rows(Table table) {
        List<Object[]> rows = new ArrayList<>();
        for (Journey journey : model.getJourneys()) {
            Names<Stage> stages = new Names<>("stage", journey.getStages());
            for (Stage stage : journey.getStages()) {
                String stageCell = stages.cell(stage);
                for (Touchpoint tp : stage.getTouchpoints()) {
                    if (table == Table.TOUCHPOINTS) {
                        rows.add(row(table, new Column.Source(this, journey, stageCell, tp, null)));
                    } else {
                        for (Measurement m : tp.getMeasurements()) {
                            rows.add(row(table, new Column.Source(this, journey, stageCell, tp, m)));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Object[] row(Table table, Column.Source source) {
        List<Column> columns = table.columns();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = columns.get(i).value(source);
        }
        return row;
    }
}
