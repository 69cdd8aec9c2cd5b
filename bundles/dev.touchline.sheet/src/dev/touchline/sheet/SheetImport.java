package dev.touchline.sheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.touchline.io.ModelFileException;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Visibility;
import dev.touchline.model.util.ElementIds;
import dev.touchline.model.util.Texts;

/**
 * Brings an edited spreadsheet back into a model. Rows are matched to touchpoints and
 * measurements by their id; a row with an empty id adds one, unless it was imported before (a
 * touchpoint of the same name in its stage, a measurement of the same metric and date on its
 * touchpoint), so importing a workbook twice changes nothing the second time. First the whole spreadsheet is
 * checked and turned into a {@link Plan}; when any cell is wrong, nothing is changed and the
 * exception lists every problem with its cell. Rows that are missing do not delete anything.
 */
public final class SheetImport {

    /** Most problems listed in one message. */
    static final int MAX_PROBLEMS = 40;

    private static final TouchlinePackage P = TouchlinePackage.eINSTANCE;

    /**
     * How an import reads cells into values, named by the columns that use them ({@link Columns}):
     * each reports a wrong cell as a problem and gives {@code null}.
     */
    interface CellReader {
        SheetRows names();

        /** Text, cleaned; {@code null} when the sheet has no such column. */
        String text(Column.Cell cell);

        /** Text, or {@code null} when empty. */
        String optionalText(Column.Cell cell);

        /** The element the cell names (or gives the id of), {@code null} when empty. */
        <T extends NamedElement> T element(Column.Cell cell, Names<T> names);

        Visibility visibility(Column.Cell cell);

        List<Department> supporters(Column.Cell cell);

        Integer emotion(Column.Cell cell);

        Boolean yesNo(Column.Cell cell);

        /** A target or actual, in the row's metric's unit. */
        Double decimal(Column.Cell cell);
    }

    /** The readings of this import. */
    private final CellReader reader = new CellReader() {
        @Override
        public SheetRows names() {
            return names;
        }

        @Override
        public String text(Column.Cell c) {
            return SheetImport.this.text(c.table(), c.row(), c.index());
        }

        @Override
        public String optionalText(Column.Cell c) {
            return orNull(text(c));
        }

        @Override
        public <T extends NamedElement> T element(Column.Cell c, Names<T> lookup) {
            return SheetImport.this.element(c.table(), c.row(), c.index(), lookup);
        }

        @Override
        public Visibility visibility(Column.Cell c) {
            return SheetImport.this.visibility(c);
        }

        @Override
        public List<Department> supporters(Column.Cell c) {
            return SheetImport.this.supporters(c);
        }

        @Override
        public Integer emotion(Column.Cell c) {
            return SheetImport.this.emotion(c);
        }

        @Override
        public Boolean yesNo(Column.Cell c) {
            return SheetImport.this.yesNo(c.table(), c.row(), c.index());
        }

        @Override
        public Double decimal(Column.Cell c) {
            return SheetImport.this.decimal(c.table(), c.row(), c.index(), c.metric());
        }
    };

    /** One change to the model: what it does, and the change itself. */
    public record Edit(String description, Runnable change) {
    }

    /** The checked changes of one import; {@link #apply()} makes them. */
    public static final class Plan {
        private final List<Edit> edits;
        private final int rows;
        private final int added;

        private final int recognised;
        private final Numbers numbers;

        Plan(List<Edit> edits, int rows, int added, int recognised, Numbers numbers) {
            this.recognised = recognised;
            this.numbers = numbers;
            this.edits = List.copyOf(edits);
            this.rows = rows;
            this.added = added;
        }

        /** The changes, in the order they are made. */
        public List<Edit> edits() {
            return edits;
        }

        /** How many rows were read. */
        public int rows() {
            return rows;
        }

        /**
         * How many rows without an id were recognised as imported before (a touchpoint of that
         * name in its stage, a measurement of that metric and date on its touchpoint).
         */
        public int recognised() {
            return recognised;
        }

        /** How many touchpoints and measurements the import adds. */
        public int added() {
            return added;
        }

        /** "12 rows read, 3 changes (1 added)", or "12 rows read, nothing to change". */
        public String summary() {
            String read = rows + (rows == 1 ? " row" : " rows") + " read, ";
            return edits.isEmpty() ? read + "nothing to change"
                    : read + edits.size() + (edits.size() == 1 ? " change" : " changes") + " (" + added + " added)";
        }

        /**
         * The decimal separator the file's numbers were read with, when one was written in a
         * number typed as text (so that reading it the other way would give other numbers); else 0.
         */
        public char decimalSeparatorRead() {
            return numbers.separatorRead() ? numbers.decimal() : 0;
        }

        /**
         * How the numbers were read, for a person to check, when it mattered: "Numbers are read
         * with ',' for decimals (decided by the file's numbers)."; else {@code null}.
         */
        public String numbersNote() {
            char d = decimalSeparatorRead();
            return d == 0 ? null : "Numbers are read with '" + d + "' for decimals (" + numbers.decidedBy() + ").";
        }

        /** Makes the changes. */
        public void apply() {
            edits.forEach(e -> e.change().run());
        }
    }

    private final JourneyModel model;
    private final Path file;
    private final SheetRows names;
    /** How this file writes its numbers (decided once, from all of them). */
    private Numbers numbers;
    private final Map<String, Touchpoint> touchpoints = new HashMap<>();
    private final Map<String, Measurement> measurements = new HashMap<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Rows without an id seen so far, by stage and name or by touchpoint, metric and date. */
    private final Map<List<Object>, Integer> newRows = new HashMap<>();
    private int recognised;
    /** The rows of the table being read, by their id. */
    private final Map<String, Integer> idRows = new HashMap<>();
    /** Where the reader found cells it could not take, as problems begin: "sheet 'X', cell D2 ". */
    private final java.util.Set<String> unreadable = new java.util.HashSet<>();
    private int added;
    /**
     * The element whose row is being read, or {@code null} for a new one: a value it already holds
     * is not refused (a model may hold what an edit may not bring, such as an emotion outside a
     * scale narrowed later; its unedited export must import as no change).
     */
    private EObject rowElement;

    private SheetImport(JourneyModel model, Path file) {
        this.model = model;
        this.file = file;
        this.names = new SheetRows(model);
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (e instanceof Touchpoint tp && tp.getId() != null) {
                touchpoints.put(tp.getId(), tp);
            } else if (e instanceof Measurement m && m.getId() != null) {
                measurements.put(m.getId(), m);
            }
        }
    }

    /**
     * Reads {@code file} and works out what it changes in {@code model}, without changing it.
     *
     * @throws ModelFileException the file cannot be read, or cells are wrong (all of them listed)
     */
    public static Plan plan(JourneyModel model, Path file) throws ModelFileException {
        return plan(model, file, (char) 0);
    }

    /**
     * {@link #plan(JourneyModel, Path)} with the file's decimal separator named by a person:
     * {@code ','} (as Polish, Russian or German spreadsheets write 1,5) or {@code '.'}; {@code 0}
     * lets the file's numbers, or else its form, decide.
     */
    public static Plan plan(JourneyModel model, Path file, char decimalSeparator) throws ModelFileException {
        List<SheetTable> tables = SheetReader.read(file);
        SheetImport i = new SheetImport(model, file);
        List<String> numberTexts = new ArrayList<>();
        boolean semicolons = false;
        for (SheetTable t : tables) {
            semicolons |= t.semicolons();
            for (Column column : t.table().columns()) {
                int c = t.table().indexOf(column);
                boolean number = column.kind() == Column.Kind.NUMBER || column.kind() == Column.Kind.WHOLE_NUMBER;
                if (number && column.editable() && t.has(c)) {
                    for (SheetRow row : t.rows()) {
                        if (row.isNumberCell(c)) {
                            continue; // written with a decimal point by the reader: says nothing of the file's
                        }
                        numberTexts.add(quietText(t, row, c).replace("%", ""));
                    }
                }
            }
        }
        i.numbers = decimalSeparator == 0 ? Numbers.of(numberTexts, semicolons) : Numbers.named(decimalSeparator);
        int rows = 0;
        for (SheetTable t : tables) {
            i.idRows.clear();
            for (SheetRow row : t.rows()) {
                i.idRows.putIfAbsent(quietText(t, row, key(t)), row.number());
            }
            for (SheetRow row : t.rows()) {
                i.readerProblems(row);
                if (t.table() == Table.TOUCHPOINTS) {
                    i.touchpointRow(t, row);
                } else {
                    i.measurementRow(t, row);
                }
            }
            rows += t.rows().size();
            i.checkDuplicateIds(t);
        }
        if (!i.problems.isEmpty()) {
            throw i.failure();
        }
        return new Plan(i.edits, rows, i.added, i.recognised, i.numbers);
    }

    private ModelFileException failure() {
        StringBuilder s = new StringBuilder("cannot be imported: " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + " (the model is unchanged)");
        problems.stream().limit(MAX_PROBLEMS).forEach(p -> s.append("\n  ").append(p));
        if (problems.size() > MAX_PROBLEMS) {
            s.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS).append(" more");
        }
        return new ModelFileException(file, s.toString(), "Correct these cells and import again.");
    }

    // ---- touchpoints

    private void touchpointRow(SheetTable t, SheetRow row) {
        int before = problems.size();
        String id = quietText(t, row, key(t));
        Touchpoint tp;
        Stage stage;
        boolean isNew = false;
        // the name first (it recognises rows imported before), the other cells once the row's place is known
        int nameColumn = at(t, Columns.TOUCHPOINT);
        String name = t.has(nameColumn) ? (String) Columns.TOUCHPOINT.read(reader, new Column.Cell(t, row, nameColumn,
                null)) : null;
        if (id.isEmpty()) {
            stage = stageOf(t, row, null, true);
            tp = stage == null ? null : alreadyImported(t, row, stage, name);
            if (tp == null) {
                isNew = true;
                tp = newTouchpoint();
            }
        } else {
            tp = touchpoints.get(id);
            if (tp == null) {
                problem(t.where(row, key(t)) + ": no touchpoint has the id '" + id + "'. Leave the id empty to add a"
                        + " touchpoint, or copy the id from a fresh export");
                return;
            }
            stage = stageOf(t, row, (Journey) tp.eContainer().eContainer(), false);
        }
        // a value the model already holds is never refused: an unedited export imports as no change
        boolean nameless = !isNew && (tp.getName() == null || tp.getName().isBlank());
        if (name != null && name.isBlank() && !nameless) {
            problem(t.where(row, at(t, Columns.TOUCHPOINT)) + ": a touchpoint needs a name");
        } else if (!t.has(Columns.TOUCHPOINT) && isNew) {
            problem(t.where(row) + ": a new touchpoint needs a 'Touchpoint' column with its name");
        }
        String label = isNew ? "new touchpoint '" + name + "'" : "touchpoint " + tp.getId() + " '" + tp.getName() + "'";
        Map<Column, Object> known = new HashMap<>();
        known.put(Columns.TOUCHPOINT, name);
        rowElement = isNew ? null : tp;
        List<Change> rowChanges = changes(tp, read(t, row, null, known));
        if (problems.size() > before || stage == null && isNew) {
            return;
        }
        if (isNew) {
            added++;
            Stage target = stage;
            Touchpoint added = tp;
            addRow("add " + label + " to stage '" + stage.getName() + "'", () -> target.getTouchpoints().add(added),
                    rowChanges);
            return;
        }
        if (stage != null && stage != tp.eContainer()) {
            Stage target = stage;
            Touchpoint moved = tp;
            edits.add(new Edit(label + ": stage '" + ((Stage) tp.eContainer()).getName() + "' → '" + stage.getName()
                    + "'", () -> target.getTouchpoints().add(moved)));
        }
        changeRow(label, rowChanges);
    }

    /** The index of the table's key column (the id its rows are matched by) in the table being read. */
    private static int key(SheetTable t) {
        return at(t, t.table().key());
    }

    /** The index of {@code column} in the table being read. */
    private static int at(SheetTable t, Column column) {
        return t.table().indexOf(column);
    }

    /**
     * The values of the row's edited columns the sheet has, each read once by its column's
     * reading (or taken from {@code known}), in column order ({@code metric}: the row's metric,
     * for targets and actuals).
     */
    private Map<Column, Object> read(SheetTable t, SheetRow row, Metric metric, Map<Column, Object> known) {
        Map<Column, Object> values = new java.util.LinkedHashMap<>();
        for (Column column : t.table().columns()) {
            int index = t.table().indexOf(column);
            if (column.feature() != null && t.has(index)) {
                values.put(column, known.containsKey(column) ? known.get(column)
                        : column.read(reader, new Column.Cell(t, row, index, metric)));
            }
        }
        return values;
    }

    /** The changes the values make to {@code element}: one per feature whose value differs. */
    private List<Change> changes(EObject element, Map<Column, Object> values) {
        List<Change> rowChanges = new ArrayList<>();
        values.forEach((column, value) -> set(rowChanges, element, column.feature(), value, column.clearable()));
        return rowChanges;
    }

    /**
     * A row without an id that was imported before: its stage already holds a touchpoint of the
     * same name (ignoring case and surrounding spaces). So importing one workbook twice adds its
     * new rows once; the second import changes nothing. Two touchpoints of that name in the stage
     * cannot be told apart: the row must then carry an id.
     */
    private Touchpoint alreadyImported(SheetTable t, SheetRow row, Stage stage, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        // keyed by the stage itself (elements compare by identity): ids may be missing
        Integer earlier = newRows.putIfAbsent(List.of(stage, key), row.number());
        if (earlier != null) {
            problem(t.where(row, at(t, Columns.TOUCHPOINT)) + ": row " + earlier + " already adds '" + name + "' to stage '" + stage.getName()
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
            problem(t.where(row, key(t)) + ": stage '" + stage.getName() + "' has " + same.size() + " touchpoints called '"
                    + name + "'; give the row the id of the one it means (from a fresh export)");
        }
        return same.isEmpty() ? null : described(t, row, same.get(0), "touchpoint");
    }

    /**
     * The element a row without an id was recognised as, or {@code null} (with a problem) when
     * another row of the sheet describes it by its id: the two rows would undo each other.
     */
    private <T extends EObject> T described(SheetTable t, SheetRow row, T element, String kind) {
        String id = ((dev.touchline.model.Element) element).getId();
        Integer other = idRows.get(id);
        if (other != null) {
            problem(t.where(row, key(t)) + ": this row has no id but is " + kind + " " + id + ", which row " + other
                    + " already describes; remove one of the two rows");
            return null;
        }
        recognised++;
        return element;
    }

    private static Touchpoint newTouchpoint() {
        Touchpoint tp = TouchlineFactory.eINSTANCE.createTouchpoint();
        tp.setId(ElementIds.newId(P.getTouchpoint()));
        return tp;
    }

    private static Measurement newMeasurement() {
        Measurement m = TouchlineFactory.eINSTANCE.createMeasurement();
        m.setId(ElementIds.newId(P.getMeasurement()));
        return m;
    }

    /** The stage a row puts its touchpoint in: the named one, else (for an existing touchpoint) its own. */
    private Stage stageOf(SheetTable t, SheetRow row, Journey current, boolean isNew) {
        int journeyColumn = at(t, Columns.JOURNEY);
        int stageColumn = at(t, Columns.STAGE);
        String journeyText = t.has(journeyColumn) ? quietText(t, row, journeyColumn) : "";
        String stageText = t.has(stageColumn) ? quietText(t, row, stageColumn) : "";
        if (stageText.isEmpty()) {
            if (isNew) {
                problem(t.where(row) + ": a new touchpoint needs its journey and stage ('Journey' and 'Stage' columns)");
            }
            return null;
        }
        Journey journey = current;
        if (!journeyText.isEmpty()) {
            journey = element(t, row, journeyColumn, names.journeys);
        } else if (isNew) {
            problem(t.where(row, journeyColumn) + ": a new touchpoint needs its journey");
            return null;
        }
        if (journey == null) {
            return null;
        }
        try {
            return new Names<>("stage", journey.getStages(), " in journey '" + journey.getName() + "'").find(stageText);
        } catch (IllegalArgumentException e) {
            problem(t.where(row, stageColumn) + ": " + e.getMessage());
            return null;
        }
    }

    private Visibility visibility(Column.Cell c) {
        String v = c.row().cell(c.index()).strip();
        if (v.isEmpty()) {
            return Visibility.FRONTSTAGE;
        }
        Visibility visibility = Visibility.get(v.toLowerCase(Locale.ROOT));
        if (visibility == null) {
            problem(c.table().where(c.row(), c.index()) + ": '" + v + "' is not a visibility; write frontstage, backstage or support");
        }
        return visibility;
    }

    private List<Department> supporters(Column.Cell c) {
        LinkedHashSet<Department> result = new LinkedHashSet<>();
        for (String part : Names.parts(quietText(c.table(), c.row(), c.index()))) {
            if (!part.isBlank()) {
                try {
                    result.add(names.departments.find(part));
                } catch (IllegalArgumentException e) {
                    problem(c.table().where(c.row(), c.index()) + ": " + e.getMessage());
                }
            }
        }
        return new ArrayList<>(result);
    }

    private Integer emotion(Column.Cell c) {
        String where = c.table().where(c.row(), c.index());
        BigDecimal n = number(c.table(), c.row(), c.index());
        if (n == null) {
            return null;
        }
        try {
            int e = n.intValueExact();
            boolean held = rowElement instanceof Touchpoint tp && Integer.valueOf(e).equals(tp.getEmotion());
            if ((e < model.getEmotionMin() || e > model.getEmotionMax()) && !held) {
                problem(where + ": emotion " + e + " is outside the model's scale " + model.getEmotionMin()
                        + " to " + model.getEmotionMax());
            }
            return e;
        } catch (ArithmeticException e) {
            problem(where + ": the emotion must be a whole number, not " + n.toPlainString());
            return null;
        }
    }

    // ---- measurements

    private void measurementRow(SheetTable t, SheetRow row) {
        int before = problems.size();
        String id = quietText(t, row, key(t));
        Measurement m;
        Touchpoint owner = null;
        if (id.isEmpty()) {
            int tpColumn = at(t, Columns.MEASURED_TOUCHPOINT_ID);
            String tpId = t.has(tpColumn) ? quietText(t, row, tpColumn) : "";
            Touchpoint touchpoint = touchpoints.get(tpId);
            if (touchpoint == null) {
                problem((t.has(tpColumn) ? t.where(row, tpColumn) : t.where(row)) + ": a new measurement needs the id of"
                        + " an existing touchpoint" + (tpId.isEmpty() ? "" : "; there is no touchpoint '" + tpId + "'"));
                return;
            }
            m = alreadyImported(t, row, touchpoint);
            if (m == null) {
                owner = touchpoint;
                m = newMeasurement();
            }
        } else {
            m = measurements.get(id);
            if (m == null) {
                problem(t.where(row, key(t)) + ": no measurement has the id '" + id + "'. Leave the id empty to add a"
                        + " measurement, or copy the id from a fresh export");
                return;
            }
        }
        String label = owner != null ? "new measurement of touchpoint " + owner.getId() : "measurement " + m.getId();
        // the metric first: targets and actuals are read in its unit (a percentage only for a metric in %)
        Metric rowMetric = m.getMetric();
        Map<Column, Object> known = new HashMap<>();
        int metricColumn = at(t, Columns.METRIC);
        if (t.has(metricColumn)) {
            if (row.cell(metricColumn).isBlank()) {
                if (owner != null || m.getMetric() != null) { // one without a metric already: no change
                    problem(t.where(row, metricColumn) + ": a measurement needs a metric");
                }
            } else {
                rowMetric = (Metric) Columns.METRIC.read(reader, new Column.Cell(t, row, metricColumn, null));
                known.put(Columns.METRIC, rowMetric);
            }
        } else if (id.isEmpty()) {
            problem(t.where(row) + ": a new measurement needs a 'Metric' column");
        }
        rowElement = owner != null ? null : m;
        List<Change> rowChanges = changes(m, read(t, row, rowMetric, known));
        if (problems.size() > before) {
            return;
        }
        if (owner != null) {
            added++;
            Touchpoint target = owner;
            Measurement added = m;
            addRow("add " + label, () -> target.getMeasurements().add(added), rowChanges);
        } else {
            changeRow(label, rowChanges);
        }
    }

    /**
     * A measurement row without an id that was imported before: its touchpoint already has a
     * measurement of the same metric on the same date ("measured on", both empty counts as the
     * same). Two such measurements cannot be told apart: the row must then carry an id.
     */
    private Measurement alreadyImported(SheetTable t, SheetRow row, Touchpoint touchpoint) {
        int metricColumn = at(t, Columns.METRIC);
        if (!t.has(metricColumn) || row.cell(metricColumn).isBlank()) {
            return null;
        }
        Metric metric;
        try {
            metric = names.metrics.find(quietText(t, row, metricColumn));
        } catch (IllegalArgumentException e) {
            return null; // reported with the row's metric cell
        }
        int onColumn = at(t, Columns.MEASURED_ON);
        String on = t.has(onColumn) ? orNull(quietText(t, row, onColumn)) : null;
        Integer earlier = newRows.putIfAbsent(java.util.Arrays.asList(touchpoint, metric, on), row.number());
        if (earlier != null) {
            problem(t.where(row) + ": row " + earlier + " already adds a measurement of '" + metric.getName()
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
            problem(t.where(row, key(t)) + ": touchpoint " + touchpoint.getId() + " has " + same.size()
                    + " measurements of '" + metric.getName() + "'" + (on == null ? "" : " on " + on)
                    + "; give the row the id of the one it means (from a fresh export)");
        }
        return same.isEmpty() ? null : described(t, row, same.get(0), "measurement");
    }

    /** One value a row changes: the feature, its value before and after, and the change itself. */
    private record Change(String feature, Object from, Object to, Runnable change) {
    }

    /** An existing element's row: an edit for each value that changed. */
    private void changeRow(String label, List<Change> changes) {
        for (Change c : changes) {
            edits.add(new Edit(label + ": " + c.feature() + " " + show(c.from()) + " → " + show(c.to()), c.change()));
        }
    }

    /**
     * A new element's row: one edit that adds it and gives it its values (added first, so that
     * everything it changes happens inside the model, where an undo records it).
     */
    private void addRow(String description, Runnable add, List<Change> changes) {
        String values = changes.stream().filter(c -> !c.feature().equals("name"))
                .map(c -> c.feature() + " " + show(c.to())).reduce((a, b) -> a + ", " + b).orElse("");
        edits.add(new Edit(description + (values.isEmpty() ? "" : " (" + values + ")"), () -> {
            add.run();
            changes.forEach(c -> c.change().run());
        }));
    }

    /**
     * A target or actual: a number, or a percentage ("95 %", or a cell formatted as a percentage)
     * where the metric is measured in percent; a percentage for another metric is refused rather
     * than read as 0.95 or 95.
     */
    private Double decimal(SheetTable t, SheetRow row, int column, Metric metric) {
        String v = quietText(t, row, column);
        boolean percent = v.endsWith("%");
        if (percent) {
            String unit = metric == null || metric.getUnit() == null ? "" : metric.getUnit().strip();
            if (!unit.equals("%")) {
                problem(t.where(row, column) + ": '" + abbreviate(v) + "' is a percentage, but "
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
            problem(t.where(row, column) + ": " + abbreviate(row.cell(column).strip()) + " is too large a number");
            return null;
        }
        return d;
    }

    // ---- cells

    /**
     * The text of a cell, cleaned of control characters, or {@code null} when the sheet has no
     * such column. In a CSV file one leading apostrophe (how exports mark text that looks like a
     * formula) is removed, and text that still starts like a formula is refused.
     */
    private String text(SheetTable t, SheetRow row, int column) {
        String v = row.cell(column);
        if (v == null) {
            return null;
        }
        if (t.sheet() == null) {
            if (v.startsWith("'")) {
                v = v.substring(1);
            } else if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                problem(t.where(row, column) + ": '" + abbreviate(v) + "' starts like a spreadsheet formula, which"
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
    private static String quietText(SheetTable t, SheetRow row, int column) {
        String v = row.cell(column);
        if (t.sheet() == null && v.startsWith("'")) {
            v = v.substring(1);
        }
        return Texts.cleanKeepingLines(v).strip();
    }

    private <T extends NamedElement> T element(SheetTable t, SheetRow row, int column, Names<T> lookup) {
        String v = text(t, row, column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return lookup.find(v);
        } catch (IllegalArgumentException e) {
            problem(t.where(row, column) + ": " + e.getMessage());
            return null;
        }
    }

    private BigDecimal number(SheetTable t, SheetRow row, int column) {
        return number(t, row, column, false);
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
            problem(t.where(row, column) + ": " + problem[0]);
        }
        return n;
    }

    private Boolean yesNo(SheetTable t, SheetRow row, int column) {
        String v = row.cell(column).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
        case "yes", "y", "true", "x", "1" -> Boolean.TRUE;
        case "no", "n", "false", "0", "" -> Boolean.FALSE;
        default -> {
            problem(t.where(row, column) + ": write yes or no, not '" + abbreviate(row.cell(column)) + "'");
            yield null;
        }
        };
    }

    private void checkDuplicateIds(SheetTable t) {
        Map<String, SheetRow> seen = new HashMap<>();
        for (SheetRow row : t.rows()) {
            String id = quietText(t, row, key(t));
            if (!id.isEmpty()) {
                SheetRow first = seen.putIfAbsent(id, row);
                if (first != null) {
                    problem(t.where(row, key(t)) + ": '" + id + "' is also in row " + first.number()
                            + "; keep one row per " + (t.table() == Table.TOUCHPOINTS ? "touchpoint" : "measurement"));
                }
            }
        }
    }

    /**
     * Adds a change setting {@code feature} of {@code element} to {@code value} when that differs
     * from its current value. {@code null} clears a {@code clearable} feature (an empty cell means
     * "none"); for another it is skipped (an unreadable cell, its problem already recorded).
     */
    private void set(List<Change> rowChanges, EObject element, EStructuralFeature feature, Object value,
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
            return list.isEmpty() ? "(none)" : list.stream().map(SheetImport::show).reduce((a, b) -> a + ", " + b).get();
        }
        if (value instanceof String s) {
            return "'" + abbreviate(s) + "'";
        }
        return String.valueOf(value);
    }

    private static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /**
     * The cells of a row the reader could not take (a formula, an error value): each is a problem,
     * and the importer says nothing more about those cells (a formula's stand-in value is not the
     * person's mistake).
     */
    private void readerProblems(SheetRow row) {
        for (SheetRow.CellProblem p : row.problems()) {
            problems.add(p.toString());
            unreadable.add(p.cell() + " ");
        }
    }

    private void problem(String text) {
        for (String cell : unreadable) {
            if (text.startsWith(cell)) {
                return;
            }
        }
        problems.add(text);
    }
}
