package dev.touchline.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;
import dev.touchline.model.util.Texts;

/**
 * How one import reads cells into values: texts cleaned (and a CSV file's formula guard undone),
 * names looked up, numbers read as the file writes them ({@link Numbers}); each wrong cell is a
 * problem, reported with its place, and gives {@code null}.
 */
final class CellReadings implements CellReader {

    private final JourneyModel model;
    private final SheetRows names;
    /** How this file writes its numbers (decided once, from all of them). */
    private final Numbers numbers;
    private final ImportProblems problems;
    /**
     * The element whose row is being read, or {@code null} for a new one: a value it already holds
     * is not refused (a model may hold what an edit may not bring, such as an emotion outside a
     * scale narrowed later; its unedited export must import as no change).
     */
    private EObject rowElement;

    CellReadings(JourneyModel model, SheetRows names, Numbers numbers, ImportProblems problems) {
        this.model = model;
        this.names = names;
        this.numbers = numbers;
        this.problems = problems;
    }

    /** The element whose row is read next, or {@code null} for a new one. */
    void rowElement(EObject element) {
        rowElement = element;
    }

    /**
     * The values of the row's edited columns the sheet has, each read once by its column's
     * reading (or taken from {@code known}), in column order ({@code metric}: the row's metric,
     * for targets and actuals).
     */
    Map<Column, Object> values(SheetTable t, SheetRow row, Metric metric, Map<Column, Object> known) {
        Map<Column, Object> values = new LinkedHashMap<>();
        for (Column column : t.table().columns()) {
            int index = t.indexOf(column);
            if (column.feature() != null && t.has(index)) {
                values.put(column, known.containsKey(column) ? known.get(column)
                        : column.read(this, new Column.Cell(t, row, index, metric)));
            }
        }
        return values;
    }

    // ---- the readings the columns name

    @Override
    public SheetRows names() {
        return names;
    }

    @Override
    public String text(Column.Cell c) {
        return text(c.table(), c.row(), c.index());
    }

    @Override
    public String optionalText(Column.Cell c) {
        return orNull(text(c));
    }

    @Override
    public <T extends NamedElement> T element(Column.Cell c, Names<T> lookup) {
        return element(c.table(), c.row(), c.index(), lookup);
    }

    @Override
    public Visibility visibility(Column.Cell c) {
        String v = c.row().cell(c.index()).strip();
        if (v.isEmpty()) {
            return Visibility.FRONTSTAGE;
        }
        Visibility visibility = Visibility.get(v.toLowerCase(Locale.ROOT));
        if (visibility == null) {
            problems.add(c.table().where(c.row(), c.index()) + ": '" + v + "' is not a visibility; write frontstage, backstage or support");
        }
        return visibility;
    }

    @Override
    public List<Department> supporters(Column.Cell c) {
        LinkedHashSet<Department> result = new LinkedHashSet<>();
        for (String part : Names.parts(quietText(c.table(), c.row(), c.index()))) {
            if (!part.isBlank()) {
                try {
                    result.add(names.departments.find(part));
                } catch (IllegalArgumentException e) {
                    problems.add(c.table().where(c.row(), c.index()) + ": " + e.getMessage());
                }
            }
        }
        return new ArrayList<>(result);
    }

    @Override
    public Integer emotion(Column.Cell c) {
        String where = c.table().where(c.row(), c.index());
        BigDecimal n = number(c.table(), c.row(), c.index(), false);
        if (n == null) {
            return null;
        }
        try {
            int e = n.intValueExact();
            boolean held = rowElement instanceof Touchpoint tp && Integer.valueOf(e).equals(tp.getEmotion());
            if ((e < model.getEmotionMin() || e > model.getEmotionMax()) && !held) {
                problems.add(where + ": emotion " + e + " is outside the model's scale " + model.getEmotionMin()
                        + " to " + model.getEmotionMax());
            }
            return e;
        } catch (ArithmeticException e) {
            problems.add(where + ": the emotion must be a whole number, not " + n.toPlainString());
            return null;
        }
    }

    @Override
    public Boolean yesNo(Column.Cell c) {
        String v = c.row().cell(c.index()).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
        case "yes", "y", "true", "x", "1" -> Boolean.TRUE;
        case "no", "n", "false", "0", "" -> Boolean.FALSE;
        default -> {
            problems.add(c.table().where(c.row(), c.index()) + ": write yes or no, not '"
                    + abbreviate(c.row().cell(c.index())) + "'");
            yield null;
        }
        };
    }

    /**
     * A target or actual: a number, or a percentage ("95 %", or a cell formatted as a percentage)
     * where the metric is measured in percent; a percentage for another metric is refused rather
     * than read as 0.95 or 95.
     */
    @Override
    public Double decimal(Column.Cell c) {
        SheetTable t = c.table();
        SheetRow row = c.row();
        int column = c.index();
        Metric metric = c.metric();
        String v = quietText(t, row, column);
        boolean percent = v.endsWith("%");
        if (percent) {
            String unit = metric == null || metric.getUnit() == null ? "" : metric.getUnit().strip();
            if (!unit.equals("%")) {
                problems.add(t.where(row, column) + ": '" + abbreviate(v) + "' is a percentage, but "
                        + (metric == null ? "the measurement has no metric" : "'" + metric.getName() + "' is measured in "
                                + (unit.isEmpty() ? "no unit" : unit))
                        + "; write the number without %");
                return null;
            }
        }
        BigDecimal n = number(t, row, column, percent);
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            // found by the importer fuzzer: 1e999 became Infinity, which no model file can hold
            problems.add(t.where(row, column) + ": " + abbreviate(row.cell(column).strip()) + " is too large a number");
            return null;
        }
        return d;
    }

    // ---- cells by place

    /**
     * The text of a cell, cleaned of control characters, or {@code null} when the sheet has no
     * such column. In a CSV file one leading apostrophe (how exports mark text that looks like a
     * formula) is removed, and text that still starts like a formula is refused.
     */
    String text(SheetTable t, SheetRow row, int column) {
        String v = row.cell(column);
        if (v == null) {
            return null;
        }
        if (t.sheet() == null) {
            if (v.startsWith("'")) {
                v = v.substring(1);
            } else if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                problems.add(t.where(row, column) + ": '" + abbreviate(v) + "' starts like a spreadsheet formula, which"
                        + " Touchline does not take into a model. If it is meant as text, start it with an apostrophe: '"
                        + abbreviate(v));
                return null;
            }
        }
        return Texts.cleanKeepingLines(v).strip();
    }

    /**
     * A cell's text as {@link #text} reads it (a CSV file's leading apostrophe removed), without
     * reporting anything: for ids (an export guards every cell, ids too, against being read as a
     * formula) and for recognising rows, where {@link #text} reports the cell's problems.
     */
    static String quietText(SheetTable t, SheetRow row, int column) {
        String v = row.cell(column);
        if (t.sheet() == null && v.startsWith("'")) {
            v = v.substring(1);
        }
        return Texts.cleanKeepingLines(v).strip();
    }

    /** The element a cell names (or gives the id of), {@code null} when empty or unknown (a problem). */
    <T extends NamedElement> T element(SheetTable t, SheetRow row, int column, Names<T> lookup) {
        String v = text(t, row, column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return lookup.find(v);
        } catch (IllegalArgumentException e) {
            problems.add(t.where(row, column) + ": " + e.getMessage());
            return null;
        }
    }

    private BigDecimal number(SheetTable t, SheetRow row, int column, boolean percent) {
        String v = quietText(t, row, column);
        if (percent) {
            v = v.substring(0, v.length() - 1).strip();
        }
        if (v.isEmpty()) {
            return null;
        }
        if (row.isNumberCell(column) && v.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(v); // the reader's own text of a stored number
        }
        String[] problem = new String[1];
        BigDecimal n = numbers.parse(v, problem);
        if (n == null) {
            problems.add(t.where(row, column) + ": " + problem[0]);
        }
        return n;
    }

    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
