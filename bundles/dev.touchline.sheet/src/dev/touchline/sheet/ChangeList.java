package dev.touchline.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.touchline.model.NamedElement;

/**
 * The changes an import's rows make, in order, each described for a person ("touchpoint tp-1
 * 'Quote': owner 'Sales' → 'IT'"); nothing is changed until the plan is applied.
 */
final class ChangeList {

    /** One value a row changes: the feature, its value before and after, and the change itself. */
    record Change(String feature, Object from, Object to, Runnable change) {
    }

    private final List<SheetImport.Edit> edits = new ArrayList<>();
    private int added;

    /** The changes, in the order they are made. */
    List<SheetImport.Edit> edits() {
        return edits;
    }

    /** How many touchpoints and measurements the rows add. */
    int added() {
        return added;
    }

    /** The changes {@code values} make to {@code element}: one per feature whose value differs. */
    List<Change> changes(EObject element, Map<Column, Object> values) {
        List<Change> rowChanges = new ArrayList<>();
        values.forEach((column, value) -> set(rowChanges, element, column.feature(), value, column.clearable()));
        return rowChanges;
    }

    /** One change of its own (a touchpoint moved to another stage). */
    void add(String description, Runnable change) {
        edits.add(new SheetImport.Edit(description, change));
    }

    /** An existing element's row: an edit for each value that changed. */
    void changeRow(String label, List<Change> changes) {
        for (Change c : changes) {
            add(label + ": " + c.feature() + " " + show(c.from()) + " → " + show(c.to()), c.change());
        }
    }

    /**
     * A new element's row: one edit that adds it and gives it its values (added first, so that
     * everything it changes happens inside the model, where an undo records it).
     */
    void addRow(String description, Runnable add, List<Change> changes) {
        added++;
        String values = changes.stream().filter(c -> !c.feature().equals("name"))
                .map(c -> c.feature() + " " + show(c.to())).reduce((a, b) -> a + ", " + b).orElse("");
        add(description + (values.isEmpty() ? "" : " (" + values + ")"), () -> {
            add.run();
            changes.forEach(c -> c.change().run());
        });
    }

    /**
     * Adds a change setting {@code feature} of {@code element} to {@code value} when that differs
     * from its current value. {@code null} clears a {@code clearable} feature (an empty cell means
     * "none"); for another it is skipped (an unreadable cell, its problem already recorded).
     */
    private static void set(List<Change> rowChanges, EObject element, EStructuralFeature feature, Object value,
            boolean clearable) {
        if (value == null && !clearable) {
            return;
        }
        Object current = element.eGet(feature);
        if (feature.isMany()) {
            if (new LinkedHashSet<>((List<?>) current).equals(new LinkedHashSet<>((List<?>) value))) {
                return;
            }
            List<?> values = (List<?>) value;
            rowChanges.add(new Change(feature.getName(), current, value, () -> {
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) element.eGet(feature);
                list.clear();
                list.addAll(values);
            }));
            return;
        }
        if (Objects.equals(current, value)) {
            return;
        }
        boolean text = current instanceof String || value instanceof String;
        if (text && textOf(current).strip().equals(textOf(value).strip())) {
            // the cell is the value up to surrounding spaces (which the import strips); an empty
            // cell is an unset or empty text alike
            return;
        }
        rowChanges.add(new Change(feature.getName(), current, value, () -> element.eSet(feature, value)));
    }

    private static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof NamedElement e) {
            return "'" + e.getName() + "'";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)" : list.stream().map(ChangeList::show).reduce((a, b) -> a + ", " + b).get();
        }
        if (value instanceof String s) {
            return "'" + CellReadings.abbreviate(s) + "'";
        }
        return String.valueOf(value);
    }
}
