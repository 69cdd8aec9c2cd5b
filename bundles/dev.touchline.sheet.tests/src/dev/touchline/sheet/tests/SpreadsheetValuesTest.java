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
    void aNumberThatCouldBeAThousandOrOneIsRefusedWhenNothingElseTells() throws Exception {
        m("ms-reviews-nps");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> csv("Measurement id,Actual\nms-reviews-nps,\"1,000\"\n"));
        assertTrue(e.getMessage().contains("cell B2 (Actual): '1,000' could be read as 1000 or as 1,000"), e.getMessage());
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
        Path book = dir.resolve("typed.xlsx");
        try (var out = Files.newOutputStream(book)) {
            var wb = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
            var ws = wb.newWorksheet("Measurements");
            ws.value(0, 0, "Measurement id");
            ws.value(0, 1, "Actual");
            ws.value(0, 2, "Measured on");
            ws.value(1, 0, "ms-search-ads-leads");
            ws.value(1, 1, 0.955);
            ws.style(1, 1).format("0.0%").set();
            ws.value(1, 2, LocalDate.of(2026, 11, 29));
            ws.style(1, 2).format("dd/mm/yyyy").set();
            wb.finish();
        }
        SheetImport.plan(model, book).apply();
        assertEquals(95.5, m("ms-search-ads-leads").getActual(), 1e-9, "the cell shows 95.5 %");
        assertEquals("2026-11-29", m("ms-search-ads-leads").getMeasuredOn(), "not 46355");
    }
}
