package dev.touchline.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.touchline.io.ModelFileException;
import dev.touchline.model.JourneyModel;

/**
 * Brings an edited spreadsheet back into a model. Rows are matched to touchpoints and
 * measurements by their id; a row with an empty id adds one, unless it was imported before (a
 * touchpoint of the same name in its stage, a measurement of the same metric and date on its
 * touchpoint), so importing a workbook twice changes nothing the second time. First the whole spreadsheet is
 * checked and turned into a {@link Plan}; when any cell is wrong, nothing is changed and the
 * exception lists every problem with its cell. Rows that are missing do not delete anything.
 *
 * <p>The jobs are each in their own class: {@link SheetReader} reads the file, {@link Numbers}
 * decides how it writes numbers, {@link RowMatcher} matches rows to elements,
 * {@link CellReadings} reads cells into values, {@link TouchpointRows} and {@link MeasurementRows}
 * turn rows into a {@link ChangeList}, and {@link ImportProblems} collects what is wrong.
 */
public final class SheetImport {

    private SheetImport() {
    }

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
        Numbers numbers = decimalSeparator == 0 ? numbersOf(tables) : Numbers.named(decimalSeparator);
        SheetRows names = new SheetRows(model);
        ImportProblems problems = new ImportProblems();
        RowMatcher matcher = new RowMatcher(model, names, problems);
        CellReadings readings = new CellReadings(model, names, numbers, problems);
        ChangeList changes = new ChangeList();
        TouchpointRows touchpointRows = new TouchpointRows(matcher, readings, changes, problems);
        MeasurementRows measurementRows = new MeasurementRows(matcher, readings, changes, problems);
        int rows = 0;
        for (SheetTable t : tables) {
            matcher.startTable(t);
            for (SheetRow row : t.rows()) {
                problems.addReaderProblems(row);
                if (t.table() == Table.TOUCHPOINTS) {
                    touchpointRows.read(t, row);
                } else {
                    measurementRows.read(t, row);
                }
            }
            rows += t.rows().size();
            matcher.checkDuplicateIds(t);
        }
        if (!problems.isEmpty()) {
            throw problems.failure(file);
        }
        return new Plan(changes.edits(), rows, changes.added(), matcher.recognised(), numbers);
    }

    /** How the file writes its numbers, decided once from the texts of all its editable number cells. */
    private static Numbers numbersOf(List<SheetTable> tables) {
        List<String> numberTexts = new ArrayList<>();
        boolean semicolons = false;
        for (SheetTable t : tables) {
            semicolons |= t.semicolons();
            for (Column column : t.table().columns()) {
                int c = t.indexOf(column);
                boolean number = column.kind() == Column.Kind.NUMBER || column.kind() == Column.Kind.WHOLE_NUMBER;
                if (number && column.editable() && t.has(c)) {
                    for (SheetRow row : t.rows()) {
                        if (row.isNumberCell(c)) {
                            continue; // written with a decimal point by the reader: says nothing of the file's
                        }
                        numberTexts.add(CellReadings.quietText(t, row, c).replace("%", ""));
                    }
                }
            }
        }
        return Numbers.of(numberTexts, semicolons);
    }
}
