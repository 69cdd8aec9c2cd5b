package dev.touchline.sheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.touchline.model.Touchpoint;
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

    /**
     * The same cell written as an XML parser reads it but a byte scanner does not (found in
     * round two's leftovers: the first guard matched {@code r="} only): each must be refused.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "<row r='40'><c r='ZZZZZZ40' t='inlineStr'><is><t>x</t></is></c></row>",
            "<row r=\"40\"><c\tr=\"ZZZZZZ40\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"40\"><c\nr = \"ZZZZZZ40\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"40\"><c r=\"&#90;ZZZZZ40\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"40\"><x:c xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " r=\"zzzzzz40\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></row>",
            "<row r=\"40\"><c r=\"$ZZZZZZ$40\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"40\"><c xmlns:x=\"urn:x\" x:r=\"A40\" r=\"ZZZZZZ40\" t=\"inlineStr\"><is><t>x</t></is></c></row>" })
    void aFarColumnIsRefusedHoweverItsReferenceIsWritten(String row) throws Exception {
        Path book = withRows(row);
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains("has a cell at column ZZZZZZ, beyond the last column")
                || e.getMessage().contains("has a cell at column zzzzzz, beyond the last column"), e.getMessage());
    }

    /** The reader takes any character for a column letter (and overflows): only references pass. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "~~~~~~~~1", "A1B", "1A", "A", "A99999999",
            "A-1", "A 1", "AAAAAAAAAAAAAAAAAAAAAAAAA1" })
    void aCellReferenceThatIsNoReferenceIsRefused(String reference) throws Exception {
        Path book = withRows("<row r=\"40\"><c r=\"" + reference + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains("which is not a cell reference")
                || e.getMessage().contains("beyond the last"), e.getMessage());
    }

    @Test
    void aRowNumberThatIsNoNumberIsRefused() throws Exception {
        Path book = withRows("<row r=\"9999999999999\"><c r=\"A40\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains("has a row numbered '9999999999999', beyond the last row"), e.getMessage());
        Path letters = withRows("<row r=\"4O\"><c r=\"A40\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), letters));
        assertTrue(e.getMessage().contains("has a row numbered '4O', which is not a row number"), e.getMessage());
    }

    /** Cells and rows written without references are counted where the reader puts them. */
    @Test
    void cellsAndRowsWithoutReferencesAreCountedWhereTheReaderPutsThem() throws Exception {
        Path wide = withRows("<row r=\"40\">" + "<c/>".repeat(16_385) + "</row>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), wide));
        assertTrue(e.getMessage().contains("has a row of more than 16384 cells"), e.getMessage());

        StringBuilder rows = new StringBuilder();
        for (int r = 100; r < 500; r++) {
            rows.append("<row><c r=\"XFD").append(r).append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        Path spread = withRows(rows.toString());
        e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), spread));
        assertTrue(e.getMessage().contains("spreads its cells over more than"), e.getMessage());
    }

    /** The reader checks every row against every merge: merges must be ranges, and few. */
    @Test
    void mergesMustBeRangesAndFew() throws Exception {
        Path odd = withMerges("<mergeCell ref=\"A1:B\"/>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), odd));
        assertTrue(e.getMessage().contains("which is not a cell reference"), e.getMessage());
        Path many = withMerges("<mergeCell ref=\"Z1:Z2\"/>".repeat(1_001));
        e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), many));
        assertTrue(e.getMessage().contains("merges more than 1000 ranges"), e.getMessage());
    }

    /**
     * Found by review: shapes that the first XML guard let through to the reader. A sheet part
     * that is not under xl/worksheets/ (the reader finds sheets through relationships), a row
     * wide once then many empty rows (the reader's rows never shrink), a merge far to the right
     * down many rows, a shared-string index far beyond the shared strings (the reader fills up to
     * it), many formulas, and a text longer than a cell holds.
     */
    @Test
    void shapesTheFirstXmlGuardMissedAreRefused() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        SheetExport.write(sample(), plain, null);
        Path moved = dir.resolve("moved.xlsx");
        copy(plain, moved, (name, bytes) -> {
            if (name.equals("xl/worksheets/sheet1.xml")) {
                return new Object[] { "xl/elsewhere.xml", text(bytes).replace("</sheetData>",
                        "<row r=\"40\"><c r=\"ZZZZZZ40\"/></row></sheetData>") };
            }
            if (name.equals("xl/_rels/workbook.xml.rels")) {
                return new Object[] { name, text(bytes).replace("worksheets/sheet1.xml", "elsewhere.xml") };
            }
            return new Object[] { name, text(bytes) };
        });
        assertRefused(moved, "has a cell at column ZZZZZZ, beyond the last column");
        Path named = dir.resolve("named.xlsx");
        copy(plain, named, (name, bytes) -> {
            if (name.equals("xl/worksheets/sheet1.xml")) {
                return new Object[] { "xl/worksheets/sheet1.dat", "\n\n" + text(bytes).replaceFirst("^<\\?xml[^>]*>", "")
                        .replace("</sheetData>", "<row r=\"40\"><c r=\"ZZZZZZ40\"/></row></sheetData>") };
            }
            if (name.equals("xl/_rels/workbook.xml.rels")) {
                return new Object[] { name, text(bytes).replace("worksheets/sheet1.xml", "worksheets/sheet1.dat") };
            }
            return new Object[] { name, text(bytes) };
        });
        assertRefused(named, "has a cell at column ZZZZZZ, beyond the last column");

        assertRefused(withRows("<row r=\"40\"><c r=\"XFD40\"/></row>" + "<row/>".repeat(400)),
                "spreads its cells over more than");
        assertRefused(withMerges("<mergeCell ref=\"XFD2:XFD1000\"/>"), "spreads its cells over more than");
        assertRefused(withRows("<row r=\"40\"><c r=\"A40\" t=\"s\"><v>2000000000</v></c></row>"),
                "names shared string 2000000000, but the workbook has");
        assertRefused(withRows("<row r=\"40\"><c r=\"A40\" t=\"s\"><v>x1</v></c></row>"), "which is not a number");
        assertRefused(withRows("<row r=\"40\">" + "<c t=\"str\"><f>1+1</f><v>2</v></c>".repeat(1_001) + "</row>"),
                "holds more than 1000 formulas");
        assertRefused(withRows("<row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is><t>" + "x".repeat(1_000_001)
                + "</t></is></c></row>"), "holds a text of more than 1000000 characters");
        String run = "<r><t>" + "x".repeat(600_000) + "</t></r>";
        assertRefused(withRows("<row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is>" + run + run + "</is></c></row>"),
                "more than 1000000 characters (in runs)");
        Path shared = dir.resolve("shared.xlsx");
        copy(plain, shared, (name, bytes) -> new Object[] { name,
                name.equals("xl/sharedStrings.xml") ? text(bytes).replace("</sst>", "<si>" + run + run + "</si></sst>")
                        : text(bytes) });
        assertRefused(shared, "more than 1000000 characters (in runs)");
        assertRefused(withRows("<row r=\"40\"><c r=\"A40\" t=\"" + "s".repeat(1_000_001) + "\"/></row>"),
                "has an attribute 't' of more than 1000000 characters");
    }

    /**
     * A long description with '&' and '<' (200,000 characters, each escaped in the workbook's XML)
     * passes the guard and imports back: the guard's limits are Touchline's own (a cell's
     * 1,000,000 characters), not the JDK's defaults for entity sizes, which refuse a 100,000-
     * character attribute holding an escaped character (found by the pack fuzzer in its check).
     */
    @Test
    void aLongTextWithEscapedCharactersPassesTheGuard() throws Exception {
        JourneyModel model = sample();
        Touchpoint tp = model.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0);
        tp.setDescription("x & y < z ".repeat(20_000));
        Path book = dir.resolve("long.xlsx");
        SheetExport.write(model, book, null);
        tp.setDescription("short");
        java.util.List<String> edits = SheetImport.plan(model, book).edits().stream()
                .map(SheetImport.Edit::description).toList();
        assertEquals(1, edits.size(), edits.toString());
        assertTrue(edits.get(0).contains("description"), edits.toString());
    }

    private void assertRefused(Path book, String expected) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), book));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Copies a workbook, each entry through {@code change}: (name, bytes) to {name, text}. */
    private static void copy(Path plain, Path edited,
            java.util.function.BiFunction<String, byte[], Object[]> change) throws Exception {
        try (ZipFile in = new ZipFile(plain.toFile()); OutputStream file = Files.newOutputStream(edited);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (var entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                try (InputStream data = in.getInputStream(entry)) {
                    Object[] changed = change.apply(entry.getName(), data.readAllBytes());
                    out.putNextEntry(new ZipEntry((String) changed[0]));
                    out.write(((String) changed[1]).getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
    }

    private Path withMerges(String merges) throws Exception {
        return withRows("</sheetData><mergeCells>" + merges + "</mergeCells><sheetData>");
    }

    /** A DOCTYPE in UTF-16 escapes a scan of the bytes; the XML check refuses it all the same. */
    @Test
    void aDoctypeInUtf16IsRefused() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        SheetExport.write(sample(), plain, null);
        Path edited = dir.resolve("utf16.xlsx");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        rewrite(plain, edited, sheet.getBytes(StandardCharsets.UTF_16));
        ModelFileException e = assertThrows(ModelFileException.class, () -> SheetImport.plan(sample(), edited));
        assertTrue(e.getMessage().contains("declares a DOCTYPE"), e.getMessage());
    }

    private static JourneyModel sample() throws Exception {
        return ModelFiles.load(SheetRoundTripTest.SAMPLE);
    }

    /** The sample's workbook with {@code rows} added to the end of its first sheet. */
    private Path withRows(String rows) throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        SheetExport.write(sample(), plain, null);
        Path edited = dir.resolve("edited.xlsx");
        rewrite(plain, edited, null, rows);
        return edited;
    }

    private static void rewrite(Path plain, Path edited, byte[] firstSheet) throws Exception {
        rewrite(plain, edited, firstSheet, null);
    }

    /** Copies a workbook, giving its first sheet {@code firstSheet}'s bytes, or adding {@code rows}. */
    private static void rewrite(Path plain, Path edited, byte[] firstSheet, String rows) throws Exception {
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
                        if (firstSheet != null) {
                            bytes = firstSheet;
                        } else {
                            bytes = new String(bytes, StandardCharsets.UTF_8).replace("</sheetData>", rows + "</sheetData>")
                                    .getBytes(StandardCharsets.UTF_8);
                        }
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }
}
