package dev.touchline.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

/**
 * Matches an import's rows to the model's touchpoints and measurements: by their id, or, for a
 * row without one, as imported before (a touchpoint of the same name in its stage, a measurement
 * of the same metric and date on its touchpoint), so that importing a file twice adds its new rows
 * once. Rows that cannot be told apart, or that describe one element twice, are problems.
 */
final class RowMatcher {

    private final Map<String, Touchpoint> touchpoints = new HashMap<>();
    private final Map<String, Measurement> measurements = new HashMap<>();
    private final SheetRows names;
    private final ImportProblems problems;
    /** Rows without an id seen so far, by stage and name or by touchpoint, metric and date. */
    private final Map<List<Object>, Integer> newRows = new HashMap<>();
    /** The rows of the table being read, by their id. */
    private final Map<String, Integer> idRows = new HashMap<>();
    private int recognised;
    private final JourneyModel model;

    /** The model rows are matched in (new elements take their ids from its id source). */
    JourneyModel model() {
        return model;
    }

    RowMatcher(JourneyModel model, SheetRows names, ImportProblems problems) {
        this.model = model;
        this.names = names;
        this.problems = problems;
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (e instanceof Touchpoint tp && tp.getId() != null) {
                touchpoints.put(tp.getId(), tp);
            } else if (e instanceof Measurement m && m.getId() != null) {
                measurements.put(m.getId(), m);
            }
        }
    }

    /** Notes the ids of the table about to be read (a row without an id must not repeat one). */
    void startTable(SheetTable t) {
        idRows.clear();
        for (SheetRow row : t.rows()) {
            idRows.putIfAbsent(id(t, row), row.number());
        }
    }

    /** The id in a row's key cell, or "" for a new element. */
    static String id(SheetTable t, SheetRow row) {
        return CellReadings.quietText(t, row, t.keyIndex());
    }

    /** The touchpoint with this id, or {@code null}. */
    Touchpoint touchpoint(String id) {
        return touchpoints.get(id);
    }

    /** The touchpoint a row's id names, or {@code null} with a problem. */
    Touchpoint touchpoint(SheetTable t, SheetRow row, String id) {
        return known(touchpoints.get(id), t, row, id, "touchpoint");
    }

    /** The measurement a row's id names, or {@code null} with a problem. */
    Measurement measurement(SheetTable t, SheetRow row, String id) {
        return known(measurements.get(id), t, row, id, "measurement");
    }

    private <T> T known(T element, SheetTable t, SheetRow row, String id, String kind) {
        if (element == null) {
            problems.add(t.where(row, t.keyIndex()) + ": no " + kind + " has the id '" + id + "'. Leave the id empty to add a "
                    + kind + ", or copy the id from a fresh export");
        }
        return element;
    }

    /**
     * How many rows without an id were recognised as imported before (a touchpoint of that name in
     * its stage, a measurement of that metric and date on its touchpoint).
     */
    int recognised() {
        return recognised;
    }

    /**
     * A row without an id that was imported before: its stage already holds a touchpoint of the
     * same name (ignoring case and surrounding spaces). So importing one workbook twice adds its
     * new rows once; the second import changes nothing. Two touchpoints of that name in the stage
     * cannot be told apart: the row must then carry an id.
     */
    Touchpoint importedBefore(SheetTable t, SheetRow row, Stage stage, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        // keyed by the stage itself (elements compare by identity): ids may be missing
        Integer earlier = newRows.putIfAbsent(List.of(stage, key), row.number());
        if (earlier != null) {
            problems.add(t.where(row, t.indexOf(Columns.TOUCHPOINT)) + ": row " + earlier + " already adds '" + name + "' to stage '" + stage.getName()
                    + "'; keep one row per touchpoint");
            return null;
        }
        List<Touchpoint> same = new ArrayList<>();
        for (Touchpoint candidate : stage.getTouchpoints()) {
            if (candidate.getName() != null && candidate.getName().strip().toLowerCase(Locale.ROOT).equals(key)) {
                same.add(candidate);
            }
        }
        if (same.size() > 1) {
            problems.add(t.where(row, t.keyIndex()) + ": stage '" + stage.getName() + "' has " + same.size() + " touchpoints called '"
                    + name + "'; give the row the id of the one it means (from a fresh export)");
        }
        return same.isEmpty() ? null : described(t, row, same.get(0), "touchpoint");
    }

    /**
     * A measurement row without an id that was imported before: its touchpoint already has a
     * measurement of the same metric on the same date ("measured on", both empty counts as the
     * same). Two such measurements cannot be told apart: the row must then carry an id.
     */
    Measurement importedBefore(SheetTable t, SheetRow row, Touchpoint touchpoint) {
        int metricColumn = t.indexOf(Columns.METRIC);
        if (!t.has(metricColumn) || row.cell(metricColumn).isBlank()) {
            return null;
        }
        Metric metric;
        try {
            metric = names.metrics.find(CellReadings.quietText(t, row, metricColumn));
        } catch (IllegalArgumentException e) {
            return null; // reported with the row's metric cell
        }
        int onColumn = t.indexOf(Columns.MEASURED_ON);
        String on = t.has(onColumn) ? CellReadings.orNull(CellReadings.quietText(t, row, onColumn)) : null;
        Integer earlier = newRows.putIfAbsent(Arrays.asList(touchpoint, metric, on), row.number());
        if (earlier != null) {
            problems.add(t.where(row) + ": row " + earlier + " already adds a measurement of '" + metric.getName()
                    + "' to touchpoint " + touchpoint.getId() + (on == null ? "" : " on " + on)
                    + "; keep one row per measurement");
            return null;
        }
        List<Measurement> same = new ArrayList<>();
        for (Measurement candidate : touchpoint.getMeasurements()) {
            if (candidate.getMetric() == metric && Objects.equals(candidate.getMeasuredOn(), on)) {
                same.add(candidate);
            }
        }
        if (same.size() > 1) {
            problems.add(t.where(row, t.keyIndex()) + ": touchpoint " + touchpoint.getId() + " has " + same.size()
                    + " measurements of '" + metric.getName() + "'" + (on == null ? "" : " on " + on)
                    + "; give the row the id of the one it means (from a fresh export)");
        }
        return same.isEmpty() ? null : described(t, row, same.get(0), "measurement");
    }

    /** Refuses an id written in two rows of the table: they would undo each other. */
    void checkDuplicateIds(SheetTable t) {
        Map<String, SheetRow> seen = new HashMap<>();
        for (SheetRow row : t.rows()) {
            String id = id(t, row);
            if (!id.isEmpty()) {
                SheetRow first = seen.putIfAbsent(id, row);
                if (first != null) {
                    problems.add(t.where(row, t.keyIndex()) + ": '" + id + "' is also in row " + first.number()
                            + "; keep one row per " + (t.table() == Table.TOUCHPOINTS ? "touchpoint" : "measurement"));
                }
            }
        }
    }

    /**
     * The element a row without an id was recognised as, or {@code null} (with a problem) when
     * another row of the sheet describes it by its id: the two rows would undo each other.
     */
    private <T extends EObject> T described(SheetTable t, SheetRow row, T element, String kind) {
        String id = ((Element) element).getId();
        Integer other = idRows.get(id);
        if (other != null) {
            problems.add(t.where(row, t.keyIndex()) + ": this row has no id but is " + kind + " " + id + ", which row " + other
                    + " already describes; remove one of the two rows");
            return null;
        }
        recognised++;
        return element;
    }
}
