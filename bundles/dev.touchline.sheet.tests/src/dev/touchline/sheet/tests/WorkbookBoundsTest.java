package dev.touchline.sheet.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.sheet.SheetExport;
import dev.touchline.sheet.SheetImport;

/**
 * Small workbooks that make a reader allocate without end (found by hardening round two: an
 * 11 KB workbook with a cell at column ZZZZZZ took 4.3 GB; a 107 KB one ran for minutes) are
 * refused before any reader allocates, naming the sheet and the cell.
 */
class WorkbookBoundsTest {

    @TempDir
    Path dir;

    @Test
    void aCellBeyondTheLastColumnIsRefusedBeforeReading() throws Exception {
        Path book = withRows("<row r=\"40\"><c r=\"ZZZZZZ40\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains("has a cell at column ZZZZZZ, beyond the last column"), e.getMessage());
    }

    @Test
    void aRowBeyondTheLastRowIsRefused() throws Exception {
        Path book = withRows("<row r=\"2000000\"><c r=\"A2000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains("has a row 2000000, beyond the last row"), e.getMessage());
    }

    @Test
    void cellsFarToTheRightInManyRowsAreRefused() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 100; r < 500; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r)
                    .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        Path book = withRows(rows.toString());
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains("spreads its cells over more than"), e.getMessage());
    }

    private static JourneyModel sample() throws Exception {
        return ModelFiles.load(SheetRoundTripTest.SAMPLE);
    }

    /** The sample's workbook with {@code rows} added to the end of its first sheet. */
    private Path withRows(String rows) throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        SheetExport.write(sample(), plain, null);
        Path edited = dir.resolve("edited.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile()); OutputStream file = Files.newOutputStream(edited);
                ZipOutputStream out = new ZipOutputStream(file)) {
            boolean first = true;
            for (var entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (first && entry.getName().startsWith("xl/worksheets/")) {
                        first = false;
                        String xml = new String(bytes, StandardCharsets.UTF_8).replace("</sheetData>", rows + "</sheetData>");
                        bytes = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return edited;
    }
}
