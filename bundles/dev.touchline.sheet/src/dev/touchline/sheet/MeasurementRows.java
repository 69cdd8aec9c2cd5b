package dev.touchline.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.util.ElementIds;

/**
 * Turns the rows of a Measurements table into changes: a row with an id edits that measurement, a
 * row without one adds a measurement to the touchpoint whose id it gives, unless it was imported
 * before. Targets and actuals are read in the row's metric's unit. A row with any problem changes
 * nothing.
 */
record MeasurementRows(RowMatcher matcher, CellReadings readings, ChangeList changes, ImportProblems problems) {

    /** The changes of one row. */
    void read(SheetTable t, SheetRow row) {
        int before = problems.count();
        String id = RowMatcher.id(t, row);
        Measurement m;
        Touchpoint owner = null;
        if (id.isEmpty()) {
            int tpColumn = t.indexOf(Columns.MEASURED_TOUCHPOINT_ID);
            String tpId = t.has(tpColumn) ? CellReadings.quietText(t, row, tpColumn) : "";
            Touchpoint touchpoint = matcher.touchpoint(tpId);
            if (touchpoint == null) {
                problems.add((t.has(tpColumn) ? t.where(row, tpColumn) : t.where(row)) + ": a new measurement needs the id of"
                        + " an existing touchpoint" + (tpId.isEmpty() ? "" : "; there is no touchpoint '" + tpId + "'"));
                return;
            }
            m = matcher.importedBefore(t, row, touchpoint);
            if (m == null) {
                owner = touchpoint;
                m = newMeasurement();
            }
        } else {
            m = matcher.measurement(t, row, id);
            if (m == null) {
                return;
            }
        }
        String label = owner != null ? "new measurement of touchpoint " + owner.getId() : "measurement " + m.getId();
        // the metric first: targets and actuals are read in its unit (a percentage only for a metric in %)
        Metric rowMetric = m.getMetric();
        Map<Column, Object> known = new HashMap<>();
        int metricColumn = t.indexOf(Columns.METRIC);
        if (t.has(metricColumn)) {
            if (row.cell(metricColumn).isBlank()) {
                if (owner != null || m.getMetric() != null) { // one without a metric already: no change
                    problems.add(t.where(row, metricColumn) + ": a measurement needs a metric");
                }
            } else {
                rowMetric = (Metric) Columns.METRIC.read(readings, new Column.Cell(t, row, metricColumn, null));
                known.put(Columns.METRIC, rowMetric);
            }
        } else if (id.isEmpty()) {
            problems.add(t.where(row) + ": a new measurement needs a 'Metric' column");
        }
        readings.rowElement(owner != null ? null : m);
        List<ChangeList.Change> rowChanges = changes.changes(m, readings.values(t, row, rowMetric, known));
        if (problems.count() > before) {
            return;
        }
        if (owner != null) {
            Touchpoint target = owner;
            Measurement added = m;
            changes.addRow("add " + label, () -> target.getMeasurements().add(added), rowChanges);
        } else {
            changes.changeRow(label, rowChanges);
        }
    }

    private Measurement newMeasurement() {
        Measurement m = TouchlineFactory.eINSTANCE.createMeasurement();
        m.setId(ElementIds.newId(TouchlinePackage.eINSTANCE.getMeasurement(), matcher.model()));
        return m;
    }
}
