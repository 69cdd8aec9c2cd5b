package dev.touchline.sheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.sheet.SheetImport;

/**
 * Values as spreadsheets write them, found by hardening round two to import silently wrong: read
 * as the person meant them, or refused with the cell named; never guessed.
 */
class SpreadsheetValuesTest {

    @TempDir
    Path dir;

    private JourneyModel model;

    private Measurement m(String id) throws Exception {
        if (model == null) {
            model = ModelFiles.load(SheetRoundTripTest.SAMPLE);
        }
        return (Measurement) model.eResource().getEObject(id);
    }

    private SheetImport.Plan csv(String text) throws Exception {
        Path file = dir.resolve("m" + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SheetImport.plan(model, file);
    }

    @Test
    void aRowWithAnUnknownIdSaysSoAndNothingAboutItsOtherCells() throws Exception {
        m("ms-crew-on-time"); // loads the sample
        ModelFileException e = assertThrows(ModelFileException.class, () -> csv(
                "Touchpoint id,Journey,Stage,Touchpoint,Channel,Emotion\n"
                        + "tp-nope,Move house,Book,Online contract,No such channel,very happy\n"));

        assertTrue(e.getMessage().contains("1 problem (the model is unchanged)"), e.getMessage());
        assertTrue(e.getMessage().contains("no touchpoint has the id 'tp-nope'"), e.getMessage());
    }

    @Test
    void aThousandsSeparatorInAFileWithDecimalPointsIsAThousand() throws Exception {
        m("ms-reviews-nps");
        csv("Measurement id,Actual\nms-search-ads-leads,3.5\nms-reviews-nps,\"1,000\"\n").apply();
        assertEquals(1000.0, m("ms-reviews-nps").getActual(), "\"1,000\" was read as 1.0");
        assertEquals(3.5, m("ms-search-ads-leads").getActual());
    }

    @Test
    void decimalCommasInASemicolonFileAndThousandsDots() throws Exception {
        m("ms-reviews-nps");
        csv("Measurement id;Actual\nms-search-ads-leads;3,75\nms-reviews-nps;1.000,5\n").apply();
        assertEquals(3.75, m("ms-search-ads-leads").getActual());
        assertEquals(1000.5, m("ms-reviews-nps").getActual());
    }

    @Test
    void whenTheNumbersDoNotTellTheFilesFormDoes() throws Exception {
        m("ms-reviews-nps");
        csv("Measurement id,Actual\nms-reviews-nps,\"1,000\"\nms-search-ads-leads,1.125\n").apply();
        assertEquals(1000.0, m("ms-reviews-nps").getActual(), "a comma-separated file has decimal points");
        assertEquals(1.125, m("ms-search-ads-leads").getActual(), "Touchline's own export of 1.125 reads back");
        csv("Measurement id;Actual\nms-reviews-nps;1.000\nms-search-ads-leads;0,125\n").apply();
        assertEquals(1000.0, m("ms-reviews-nps").getActual(), "a semicolon-separated file has decimal commas");
        assertEquals(0.125, m("ms-search-ads-leads").getActual());
    }

    @Test
    void aFileThatUsesBothDecimalSeparatorsIsRefused() throws Exception {
        m("ms-reviews-nps");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> csv("Measurement id,Actual\nms-search-ads-leads,1.5\nms-reviews-nps,\"1,5\"\n"));
        assertTrue(e.getMessage().contains("use both separators for decimals"), e.getMessage());
    }

    @Test
    void aPercentageIsReadForAPercentMetricAndRefusedForAnother() throws Exception {
        m("ms-search-ads-leads"); // Lead conversion, measured in %
        csv("Measurement id,Actual\nms-search-ads-leads,95 %\n").apply();
        assertEquals(95.0, m("ms-search-ads-leads").getActual(), "95 % was read as 0.95");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> csv("Measurement id,Actual\nms-reviews-nps,44 %\n"));
        assertTrue(e.getMessage().contains("'44 %' is a percentage, but 'NPS' is measured in points"), e.getMessage());
    }

    @Test
    void aPercentCellAndARetypedDateInAWorkbookAreReadAsTyped() throws Exception {
        m("ms-search-ads-leads");
        Path book = measurements("typed.xlsx", ws -> {
            ws.value(0, 2, "Measured on");
            ws.value(1, 0, "ms-search-ads-leads");
            ws.value(1, 1, 0.955);
            ws.style(1, 1).format("0.0%").set();
            ws.value(1, 2, LocalDate.of(2026, 11, 29));
            ws.style(1, 2).format("dd/mm/yyyy").set();
        });
        SheetImport.plan(model, book).apply();
        assertEquals(95.5, m("ms-search-ads-leads").getActual(), 1e-9, "the cell shows 95.5 %");
        assertEquals("2026-11-29", m("ms-search-ads-leads").getMeasuredOn(), "not 46355");
    }

    /**
     * A person may name the decimal separator (a Polish file writes 1,5, but its only number may
     * be "1,000"): then "1,000" is one, and a number that proves the other separator is refused
     * with its cell rather than read as something else.
     */
    @Test
    void aNamedDecimalSeparatorDecidesAndANumberAgainstItIsRefused() throws Exception {
        m("ms-reviews-nps");
        Path file = dir.resolve("polish.csv");
        Files.writeString(file, "Measurement id,Actual\nms-reviews-nps,\"1,000\"\n", StandardCharsets.UTF_8);
        SheetImport.plan(model, file, ',').apply();
        assertEquals(1.0, m("ms-reviews-nps").getActual(), "named: a decimal comma");
        SheetImport.plan(model, file).apply();
        assertEquals(1000.0, m("ms-reviews-nps").getActual(), "not named: the form says decimal points");

        Path against = dir.resolve("against.csv");
        Files.writeString(against, "Measurement id,Actual\nms-reviews-nps,3.5\n", StandardCharsets.UTF_8);
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(model, against, ','));
        assertTrue(e.getMessage().contains("cell B2 (Actual): '3.5' uses '.' for decimals, but the decimal separator"
                + " was named as ','"), e.getMessage());
        Path semicolons = dir.resolve("semicolons.csv");
        Files.writeString(semicolons, "Measurement id;Actual\nms-reviews-nps;1.500\n", StandardCharsets.UTF_8);
        SheetImport.plan(model, semicolons, '.').apply();
        assertEquals(1.5, m("ms-reviews-nps").getActual(), "named: a decimal point, in a semicolon file");
    }

    /**
     * A number a workbook stores as a number is exact whatever the separator: it neither votes on
     * the file's separator (it voted '.' against text cells written "1,5") nor is refused when a
     * comma is named.
     */
    @Test
    void aWorkbooksNumberCellsAreExactWhateverTheSeparator() throws Exception {
        m("ms-reviews-nps");
        Path book = measurements("mixed.xlsx", ws -> {
            ws.value(1, 0, "ms-search-ads-leads");
            ws.value(1, 1, 3.5);
            ws.value(2, 0, "ms-reviews-nps");
            ws.value(2, 1, "1,25"); // a cell formatted as text
        });
        SheetImport.plan(model, book).apply();
        assertEquals(3.5, m("ms-search-ads-leads").getActual());
        assertEquals(1.25, m("ms-reviews-nps").getActual(), "the text cell's comma decides, not the number cell");
        SheetImport.plan(model, book, ',').apply();
        assertEquals(3.5, m("ms-search-ads-leads").getActual(), "a number cell with a comma named");
    }

    /** A workbook with a Measurements sheet headed "Measurement id", "Actual", filled by {@code rows}. */
    private Path measurements(String name, java.util.function.Consumer<org.dhatim.fastexcel.Worksheet> rows)
            throws Exception {
        Path book = dir.resolve(name);
        try (var out = Files.newOutputStream(book)) {
            var wb = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
            var ws = wb.newWorksheet("Measurements");
            ws.value(0, 0, "Measurement id");
            ws.value(0, 1, "Actual");
            rows.accept(ws);
            wb.finish();
        }
        return book;
    }

    /** An owner merged over three rows cleared the owners of the two rows below; it is every row's owner. */
    @Test
    void anOwnerMergedDownOverRowsIsTheOwnerOfEachAndMergingAcrossColumnsIsRefused() throws Exception {
        JourneyModel sample = ModelFiles.load(SheetRoundTripTest.SAMPLE);
        model = sample;
        Path plain = dir.resolve("plain.xlsx");
        dev.touchline.sheet.SheetExport.write(sample, plain, null);
        java.util.List<java.util.List<Object>> rows = SheetRoundTripTest.readSheet(plain, "Touchpoints");
        Path merged = dir.resolve("merged.xlsx");
        writeMerged(merged, rows, "H2:H4", "Sales");
        SheetImport.Plan plan = SheetImport.plan(sample, merged);
        plan.apply();
        for (int r = 1; r <= 3; r++) {
            var tp = (dev.touchline.model.Touchpoint) sample.eResource().getEObject((String) rows.get(r).get(0));
            assertEquals("Sales", tp.getOwner().getName(), "row " + (r + 1) + " has the merged owner");
        }
        Path across = dir.resolve("across.xlsx");
        writeMerged(across, rows, "F3:H3", "Web site");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample, across));
        assertTrue(e.getMessage().contains("cells F3:H3 are merged across columns"), e.getMessage());
    }

    private static void writeMerged(Path file, java.util.List<java.util.List<Object>> rows, String range, String value)
            throws Exception {
        String[] ends = range.split(":");
        int column = ends[0].charAt(0) - 'A';
        int top = Integer.parseInt(ends[0].substring(1)) - 1;
        int bottom = Integer.parseInt(ends[1].substring(1)) - 1;
        int right = ends[1].charAt(0) - 'A';
        try (var out = Files.newOutputStream(file)) {
            var wb = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
            var ws = wb.newWorksheet("Touchpoints");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    boolean inRange = r >= top && r <= bottom && c >= column && c <= right;
                    if (inRange) {
                        if (r == top && c == column) {
                            ws.value(r, c, value); // a spreadsheet program keeps only the top-left value
                        }
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            ws.range(top, column, bottom, right).merge();
            wb.finish();
        }
    }
}
