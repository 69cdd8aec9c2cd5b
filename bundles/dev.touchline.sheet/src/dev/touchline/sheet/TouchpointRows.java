package dev.touchline.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.util.ElementIds;

/**
 * Turns the rows of a Touchpoints table into changes: a row with an id edits (or moves) that
 * touchpoint, a row without one adds a touchpoint to the stage it names, unless it was imported
 * before. A row with any problem changes nothing.
 */
record TouchpointRows(RowMatcher matcher, CellReadings readings, ChangeList changes, ImportProblems problems) {

    /** The changes of one row. */
    void read(SheetTable t, SheetRow row) {
        int before = problems.count();
        String id = RowMatcher.id(t, row);
        Touchpoint tp;
        Stage stage;
        boolean isNew = false;
        // the name first (it recognises rows imported before), the other cells once the row's place is known
        int nameColumn = t.indexOf(Columns.TOUCHPOINT);
        String name = t.has(nameColumn) ? (String) Columns.TOUCHPOINT.read(readings, new Column.Cell(t, row, nameColumn,
                null)) : null;
        if (id.isEmpty()) {
            stage = stageOf(t, row, null, true);
            tp = stage == null ? null : matcher.importedBefore(t, row, stage, name);
            if (tp == null) {
                isNew = true;
                tp = newTouchpoint();
            }
        } else {
            tp = matcher.touchpoint(t, row, id);
            if (tp == null) {
                return;
            }
            stage = stageOf(t, row, (Journey) tp.eContainer().eContainer(), false);
        }
        // a value the model already holds is never refused: an unedited export imports as no change
        boolean nameless = !isNew && (tp.getName() == null || tp.getName().isBlank());
        if (name != null && name.isBlank() && !nameless) {
            problems.add(t.where(row, t.indexOf(Columns.TOUCHPOINT)) + ": a touchpoint needs a name");
        } else if (!t.has(Columns.TOUCHPOINT) && isNew) {
            problems.add(t.where(row) + ": a new touchpoint needs a 'Touchpoint' column with its name");
        }
        String label = isNew ? "new touchpoint '" + name + "'" : "touchpoint " + tp.getId() + " '" + tp.getName() + "'";
        Map<Column, Object> known = new HashMap<>();
        known.put(Columns.TOUCHPOINT, name);
        readings.rowElement(isNew ? null : tp);
        List<ChangeList.Change> rowChanges = changes.changes(tp, readings.values(t, row, null, known));
        if (problems.count() > before || stage == null && isNew) {
            return;
        }
        if (isNew) {
            Stage target = stage;
            Touchpoint added = tp;
            changes.addRow("add " + label + " to stage '" + stage.getName() + "'",
                    () -> target.getTouchpoints().add(added), rowChanges);
            return;
        }
        if (stage != null && stage != tp.eContainer()) {
            Stage target = stage;
            Touchpoint moved = tp;
            changes.add(label + ": stage '" + ((Stage) tp.eContainer()).getName() + "' → '" + stage.getName() + "'",
                    () -> target.getTouchpoints().add(moved));
        }
        changes.changeRow(label, rowChanges);
    }

    /** The stage a row puts its touchpoint in: the named one, else (for an existing touchpoint) its own. */
    private Stage stageOf(SheetTable t, SheetRow row, Journey current, boolean isNew) {
        int journeyColumn = t.indexOf(Columns.JOURNEY);
        int stageColumn = t.indexOf(Columns.STAGE);
        String journeyText = t.has(journeyColumn) ? CellReadings.quietText(t, row, journeyColumn) : "";
        String stageText = t.has(stageColumn) ? CellReadings.quietText(t, row, stageColumn) : "";
        if (stageText.isEmpty()) {
            if (isNew) {
                problems.add(t.where(row) + ": a new touchpoint needs its journey and stage ('Journey' and 'Stage' columns)");
            }
            return null;
        }
        Journey journey = current;
        if (!journeyText.isEmpty()) {
            journey = readings.element(t, row, journeyColumn, readings.names().journeys);
        } else if (isNew) {
            problems.add(t.where(row, journeyColumn) + ": a new touchpoint needs its journey");
            return null;
        }
        if (journey == null) {
            return null;
        }
        try {
            return new Names<>("stage", journey.getStages(), " in journey '" + journey.getName() + "'").find(stageText);
        } catch (IllegalArgumentException e) {
            problems.add(t.where(row, stageColumn) + ": " + e.getMessage());
            return null;
        }
    }

    private Touchpoint newTouchpoint() {
        Touchpoint tp = TouchlineFactory.eINSTANCE.createTouchpoint();
        tp.setId(ElementIds.newId(TouchlinePackage.eINSTANCE.getTouchpoint(), matcher.model()));
        return tp;
    }
}
