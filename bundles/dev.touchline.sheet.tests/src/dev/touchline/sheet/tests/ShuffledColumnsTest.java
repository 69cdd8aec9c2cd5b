package dev.touchline.sheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.sheet.SheetExport;
import dev.touchline.sheet.SheetImport;
import dev.touchline.sheet.Table;

/**
 * Columns are found by their headers, never by their place: an export whose columns a person (or
 * a program) put in another order imports as no change, and with one real edit as exactly that
 * edit. The order is a seeded random shuffle that never leaves the id column first, for both
 * sheets of a workbook and for both CSV tables.
 */
class ShuffledColumnsTest {

    private static final int SEEDS = 8;

    @TempDir
    Path dir;

    @Test
    void aWorkbookWithShuffledColumnsImportsAsNoChange() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            JourneyModel model = SyntheticModel.generate(30, 10, seed);
            Path export = dir.resolve("export-" + seed + ".xlsx");
            SheetExport.write(model, export, null);
            Path shuffled = dir.resolve("shuffled-" + seed + ".xlsx");
            Map<String, List<List<Object>>> sheets = shuffledWorkbook(export, new SplittableRandom(seed));
            WorkbookFiles.write(shuffled, sheets);

            SheetImport.Plan plan = SheetImport.plan(model, shuffled);
            assertEquals(List.of(), descriptions(plan), "seed " + seed);
            int rows = sheets.values().stream().mapToInt(s -> s.size() - 1).sum();
            assertEquals(rows + " rows read, nothing to change", plan.summary(), "seed " + seed);
        }
    }

    @Test
    void aCsvWithShuffledColumnsImportsAsNoChange() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            JourneyModel model = SyntheticModel.generate(30, 10, seed);
            SplittableRandom random = new SplittableRandom(seed);
            for (Table table : Table.values()) {
                Path export = dir.resolve("export-" + seed + "-" + table + ".csv");
                SheetExport.write(model, export, table);
                List<List<String>> rows = shuffled(readCsv(export), table, random);
                Path shuffled = dir.resolve("shuffled-" + seed + "-" + table + ".csv");
                writeCsv(shuffled, rows);

                SheetImport.Plan plan = SheetImport.plan(model, shuffled);
                assertEquals(List.of(), descriptions(plan), "seed " + seed + ", " + table);
                assertEquals(rows.size() - 1, plan.rows(), "seed " + seed + ", " + table);
            }
        }
    }

    @Test
    void aShuffledWorkbookWithOneEditImportsExactlyThatEdit() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            JourneyModel model = ModelFiles.load(SheetRoundTripTest.SAMPLE);
            Path export = dir.resolve("sample-" + seed + ".xlsx");
            SheetExport.write(model, export, null);
            Map<String, List<List<Object>>> sheets = shuffledWorkbook(export, new SplittableRandom(seed));
            List<List<Object>> touchpoints = sheets.get(Table.TOUCHPOINTS.title());
            set(touchpoints, "Touchpoint id", "tp-search-ads", "Owner", "Sales");
            Path edited = dir.resolve("edited-" + seed + ".xlsx");
            WorkbookFiles.write(edited, sheets);

            assertEquals(List.of("touchpoint tp-search-ads 'Search ads and comparison sites': owner 'Marketing' → 'Sales'"),
                    descriptions(SheetImport.plan(model, edited)), "seed " + seed);
        }
    }

    @Test
    void aShuffledCsvWithOneEditImportsExactlyThatEdit() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            JourneyModel model = ModelFiles.load(SheetRoundTripTest.SAMPLE);
            Measurement m = SheetRoundTripTest.find(model, Measurement.class, x -> x.getActual() != null);
            Path export = dir.resolve("sample-" + seed + ".csv");
            SheetExport.write(model, export, Table.MEASUREMENTS);
            List<List<String>> rows = shuffled(readCsv(export), Table.MEASUREMENTS, new SplittableRandom(seed));
            set(rows, "Measurement id", m.getId(), "Actual", "42.5");
            Path edited = dir.resolve("edited-" + seed + ".csv");
            writeCsv(edited, rows);

            SheetImport.Plan plan = SheetImport.plan(model, edited);
            assertEquals(List.of("measurement " + m.getId() + ": actual " + m.getActual() + " → 42.5"),
                    descriptions(plan), "seed " + seed);
            plan.apply();
            assertEquals(42.5, m.getActual());
        }
    }

    // ---- helpers

    /** Both tables of an exported workbook, each with its columns shuffled. */
    private static Map<String, List<List<Object>>> shuffledWorkbook(Path export, SplittableRandom random)
            throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            sheets.put(table.title(), shuffled(SheetRoundTripTest.readSheet(export, table.title()), table, random));
        }
        return sheets;
    }

    /**
     * The rows (headers first) with their columns in a random order in which the table's id column
     * (its rows' key, exported first) is not first.
     */
    private static <T> List<List<T>> shuffled(List<List<T>> rows, Table table, SplittableRandom random) {
        int width = table.columns().size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            order.add(i);
        }
        for (int i = width - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        if (order.get(0) == 0) {
            int other = 1 + random.nextInt(width - 1);
            order.set(0, order.get(other));
            order.set(other, 0);
        }
        List<List<T>> result = new ArrayList<>();
        for (List<T> row : rows) {
            List<T> moved = new ArrayList<>();
            for (int from : order) {
                moved.add(from < row.size() ? row.get(from) : null);
            }
            result.add(moved);
        }
        assertNotEquals(rows.get(0).get(0), result.get(0).get(0), "the id column is moved");
        return result;
    }

    /** Sets the cell of column {@code header} in the row whose {@code keyHeader} cell is {@code key}. */
    @SuppressWarnings("unchecked")
    private static <T> void set(List<List<T>> rows, String keyHeader, String key, String header, Object value) {
        int keyColumn = rows.get(0).indexOf(keyHeader);
        int column = rows.get(0).indexOf(header);
        for (List<T> row : rows) {
            if (key.equals(row.get(keyColumn))) {
                row.set(column, (T) value);
                return;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static List<String> descriptions(SheetImport.Plan plan) {
        return plan.edits().stream().map(SheetImport.Edit::description).toList();
    }

    /** The records of a CSV file as exported (its byte order mark dropped, its cells as written). */
    private static List<List<String>> readCsv(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                rows.add(new ArrayList<>(record.toList()));
            }
            return rows;
        }
    }

    private static void writeCsv(Path csv, List<List<String>> rows) throws Exception {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
