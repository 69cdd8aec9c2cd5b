package dev.touchline.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;

/**
 * Reads the tables of a spreadsheet written by {@link SheetExport} and edited by people: an XLSX
 * workbook (sheets "Touchpoints" and "Measurements"; other sheets are ignored) or a CSV file in
 * UTF-8 (comma or semicolon separated). Every problem is a {@link ModelFileException} naming the
 * sheet, the cell and what to do; the file is only read.
 */
public final class SheetReader {

    /** Largest spreadsheet file read. */
    public static final long MAX_FILE_BYTES = 100L << 20;
    /** Most rows a sheet may have (the XLSX limit). */
    public static final int MAX_ROWS = 1_048_576;
    /**
     * Longest cell text read: far above the 32,767 characters a spreadsheet program shows in a
     * cell, so that Touchline's own export of a long description imports back; a bound on memory.
     */
    public static final int MAX_CELL_CHARS = 1_000_000;

    private final Path file;

    private SheetReader(Path file) {
        this.file = file;
    }

    /** The tables in {@code file}. */
    public static List<SheetTable> read(Path file) throws ModelFileException {
        SheetReader reader = new SheetReader(file);
        reader.checkFile();
        return SheetFormat.of(file) == SheetFormat.XLSX ? reader.readXlsx() : List.of(reader.readCsv());
    }

    private void checkFile() throws ModelFileException {
        if (SheetFormat.of(file) == null) {
            throw new ModelFileException(file, "is neither an .xlsx workbook nor a .csv file",
                    "Import a spreadsheet written by 'touchline export' (or saved from it as .xlsx or .csv).");
        }
        if (!Files.exists(file)) {
            throw new ModelFileException(file, "no such file", "Check the path and the file name.");
        }
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, "is a folder, not a spreadsheet", "Name a .xlsx or .csv file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, "is not a regular file (a FIFO, socket or device), so it holds no"
                    + " spreadsheet", "Name a .xlsx or .csv file.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ModelFileException(file, "is empty (0 bytes)", "Export the spreadsheet again.");
            }
            if (size > MAX_FILE_BYTES) {
                throw new ModelFileException(file, "is " + (size >> 20) + " MB; Touchline reads spreadsheets of up to "
                        + (MAX_FILE_BYTES >> 20) + " MB", "Split it, or remove what is not touchpoints and measurements.");
            }
        } catch (IOException e) {
            throw new ModelFileException(file, -1, "cannot be read: " + ModelFiles.reason(e),
                    "Check the file and try again.", e);
        }
    }

    // ---- CSV

    private SheetTable readCsv() throws ModelFileException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int row = 1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            skipByteOrderMark(in);
            char delimiter = guessDelimiter(in);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw new ModelFileException(file, "has no header row", headerRemedy(null));
                }
                List<String> headers = records.next().toList();
                Table table = csvTable(headers);
                int[] positions = positions(table, headers, null);
                List<SheetRow> rows = new ArrayList<>();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    row = (int) record.getRecordNumber();
                    List<String> values = new ArrayList<>(record.size());
                    for (String v : record) {
                        values.add(v);
                    }
                    addRow(rows, table, null, positions, headers.size(), row, values, new java.util.BitSet(),
                            new ArrayList<>());
                }
                return new SheetTable(table, null, positions, rows, delimiter == ';');
            }
        } catch (UncheckedIOException e) {
            throw csvProblem(e.getCause(), row + 1);
        } catch (IOException e) {
            throw csvProblem(e, row + 1);
        }
    }

    private ModelFileException csvProblem(IOException e, int row) {
        if (e instanceof CharacterCodingException) {
            return new ModelFileException(file, row, "is not UTF-8 text (an invalid byte near row " + row + ")",
                    "Save it as 'CSV UTF-8' from your spreadsheet program, or export it again from Touchline.", e);
        }
        return new ModelFileException(file, row, "cannot be read as CSV near row " + row + ": " + ModelFiles.reason(e),
                "Check that every quoted cell ends with a quote, or export the file again.", e);
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** Comma, unless the first line has semicolons and no comma (as spreadsheets save in some countries). */
    private static char guessDelimiter(BufferedReader in) throws IOException {
        in.mark(1 << 16);
        char[] buffer = new char[1 << 15];
        int n = in.read(buffer);
        in.reset();
        String first = n <= 0 ? "" : new String(buffer, 0, n).lines().findFirst().orElse("");
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private Table csvTable(List<String> headers) throws ModelFileException {
        Table table = Table.keyedBy(headers);
        if (table != null) {
            return table;
        }
        throw new ModelFileException(file, 1, "has no 'Touchpoint id' or 'Measurement id' column, so its rows"
                + " cannot be matched to the model (headers found: " + String.join(", ", headers) + ")",
                headerRemedy(null), null);
    }

    // ---- XLSX

    private List<SheetTable> readXlsx() throws ModelFileException {
        // Two passes on purpose: the guard's (bounds, no DTD, merged ranges) and fastexcel's (the
        // cells). Taking cells from the guard's pass would mean writing a reader: part discovery
        // through [Content_Types].xml and relationships, shared strings with rich-text runs, styles
        // and the built-in number formats (percent and date detection), the 1904 date system,
        // shared and array formulas (the formula text our messages quote) and the placement of
        // cells without references. fastexcel's pass is about a quarter of an import's time (150 of
        // 650 ms for 10,000 touchpoints); see docs/robustness.md.
        java.util.Map<String, List<WorkbookGuard.Range>> merges = WorkbookGuard.check(file);
        List<SheetTable> tables = new ArrayList<>();
        // with cell formats: a percentage or a date typed in a spreadsheet program is a number with a format
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Table table = Table.titled(sheet.getName());
                if (table != null) {
                    tables.add(readSheet(sheet, table, merges.getOrDefault(sheet.getName(), List.of())));
                }
            }
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the parser's own words (positions in a zip entry, XML internals) help nobody here
            throw new ModelFileException(file, -1, "is not a readable XLSX workbook: " + damage(e),
                    "Open it in your spreadsheet program and save it again as .xlsx.", e);
        }
        if (tables.isEmpty()) {
            throw new ModelFileException(file, "has no sheet called 'Touchpoints' or 'Measurements'",
                    "Import a workbook written by 'touchline export'; keep its sheet names.");
        }
        return tables;
    }

    /** What is wrong with an unreadable workbook, in the user's words. */
    private static String damage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException) {
                return "it is not a complete .xlsx file (an .xlsx file is a zip archive; this one is damaged, cut"
                        + " short, or another format renamed)";
            }
            String kind = t.getClass().getName();
            if (kind.contains("XMLStream") || kind.contains("Xml") || kind.contains("XML") || kind.contains("Sax")) {
                return "the XML inside it is damaged";
            }
        }
        return "its content is not in the form of an .xlsx workbook";
    }

    /** A merged range down a column, as the guard checked it, and its top cell's value once read. */
    private static final class Merge {
        final WorkbookGuard.Range range;
        String value;
        /** Whether the top cell was stored as a number. */
        boolean number;

        Merge(WorkbookGuard.Range range) {
            this.range = range;
        }
    }

    /**
     * The rows of one sheet. Merged cells are read as a person means them: a value merged down a
     * column (an owner over three rows) belongs to every row of it; a value merged across columns
     * is refused with its cells, since each column holds its own value.
     */
    private SheetTable readSheet(Sheet sheet, Table table, List<WorkbookGuard.Range> ranges) throws IOException,
            ModelFileException {
        List<Merge> merges = new ArrayList<>();
        for (WorkbookGuard.Range range : ranges) {
            if (range.right() > range.left()) {
                throw new ModelFileException(file, range.top(), "sheet '" + sheet.getName() + "': cells " + range.ref()
                        + " are merged across columns; Touchline reads one value per column",
                        "Unmerge them (and give each column its value), then import again.", null);
            }
            if (range.bottom() > range.top()) {
                merges.add(new Merge(range));
            }
        }
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            List<String> headers = null;
            int[] positions = null;
            List<SheetRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                Row r = it.next();
                List<String> values = new ArrayList<>();
                java.util.BitSet numberCells = new java.util.BitSet();
                List<SheetRow.CellProblem> cellProblems = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    Cell cell = r.getCell(c);
                    values.add(text(sheet, cell, r.getRowNum(), c, cellProblems));
                    numberCells.set(c, cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER);
                }
                for (Merge merge : merges) {
                    int n = r.getRowNum();
                    int column = merge.range.left();
                    if (n == merge.range.top()) {
                        merge.value = column < values.size() ? values.get(column) : "";
                        merge.number = numberCells.get(column);
                    } else if (n > merge.range.top() && n <= merge.range.bottom() && merge.value != null) {
                        while (values.size() <= column) {
                            values.add("");
                        }
                        if (values.get(column).isBlank()) {
                            values.set(column, merge.value); // merged down: the top cell's value
                            numberCells.set(column, merge.number);
                        }
                    }
                }
                if (headers == null) {
                    if (!cellProblems.isEmpty()) {
                        throw new ModelFileException(file, "the header row's " + cellProblems.get(0),
                                headerRemedy(table));
                    }
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (r.getRowNum() != 1) {
                        throw new ModelFileException(file, "sheet '" + sheet.getName() + "': the headers must be in row 1,"
                                + " not row " + r.getRowNum(), headerRemedy(table));
                    }
                    headers = values;
                    positions = positions(table, headers, sheet.getName());
                    continue;
                }
                addRow(rows, table, sheet.getName(), positions, headers.size(), r.getRowNum(), values, numberCells,
                        cellProblems);
            }
            if (headers == null) {
                throw new ModelFileException(file, "sheet '" + sheet.getName() + "' is empty: it has no header row",
                        headerRemedy(table));
            }
            return new SheetTable(table, sheet.getName(), positions, rows, false);
        }
    }

    /**
     * A cell's value as text. A formula or an error value is a problem of its cell, recorded in
     * {@code problems} (every such cell is reported, not only the first); a formula's last
     * computed value stands in for it meanwhile, so the rest of its row is still checked.
     */
    private static String text(Sheet sheet, Cell cell, int row, int column, List<SheetRow.CellProblem> problems) {
        if (cell == null) {
            return "";
        }
        String where = "sheet '" + sheet.getName() + "', cell " + Column.letters(column) + row;
        return switch (cell.getType()) {
        case FORMULA -> {
            problems.add(new SheetRow.CellProblem(where, "holds a formula (=" + cell.getFormula() + "); Touchline"
                    + " imports values only: replace it by its value (Paste Special > Values)"));
            yield Optional.ofNullable(cell.getRawValue()).orElse("");
        }
        case ERROR -> {
            problems.add(new SheetRow.CellProblem(where, "holds an error value (" + cell.getRawValue()
                    + "); correct the cell or empty it"));
            yield "";
        }
        case NUMBER -> number(cell);
        case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "yes" : "no";
        case STRING -> Optional.ofNullable(cell.asString()).orElse("");
        case EMPTY -> "";
        };
    }

    /**
     * A number cell as its text: a percentage as the person typed it ("95%" for the 0.95 a
     * spreadsheet program stores, which a percent metric means as 95), a date as an ISO date
     * ("2026-11-29" for the 46355 stored: a retyped "measured on" date), anything else plain.
     */
    private static String number(Cell cell) {
        String format = cell.getDataFormatString();
        // a % in quotes, after a backslash or in [...] is shown as written; only a bare one scales by 100
        String bare = format == null ? "" : format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^]]*]", "");
        if (bare.contains("%")) {
            return plain(cell.asNumber().movePointRight(2)) + "%";
        }
        Integer id = cell.getDataFormatId();
        boolean date = id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)
                || format != null && format.replaceAll("\\[[^]]*]|\"[^\"]*\"", "").toLowerCase(java.util.Locale.ROOT)
                        .matches(".*(yy|dd|mmm|m/d|d/m|d\\.m).*");
        if (date) {
            try {
                java.time.LocalDateTime when = cell.asDate();
                return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                        : when.toString();
            } catch (RuntimeException notADate) {
                // fall through: the number as it is
            }
        }
        return plain(cell.asNumber());
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    // ---- both

    /** For each column of {@code table}, its index among {@code headers}; refuses unknown, doubled or missing key headers. */
    private int[] positions(Table table, List<String> headers, String sheet) throws ModelFileException {
        int[] positions = new int[table.columns().size()];
        java.util.Arrays.fill(positions, -1);
        String in = sheet == null ? "" : "sheet '" + sheet + "', ";
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isBlank()) {
                continue;
            }
            int column = table.indexOf(h);
            if (column < 0) {
                throw new ModelFileException(file, 1, in + "cell " + Column.letters(i) + "1: '" + h
                        + "' is not a column of the " + table.title() + " table", headerRemedy(table), null);
            }
            if (positions[column] >= 0) {
                throw new ModelFileException(file, 1, in + "cells " + Column.letters(positions[column]) + "1 and "
                        + Column.letters(i) + "1 are both '" + h + "'", "Keep one of the two columns.", null);
            }
            positions[column] = i;
        }
        if (positions[table.indexOf(table.key())] < 0) {
            throw new ModelFileException(file, 1, in + "the '" + table.key().header()
                    + "' column is missing, so the rows cannot be matched to the model", headerRemedy(table), null);
        }
        return positions;
    }

    private void addRow(List<SheetRow> rows, Table table, String sheet, int[] positions, int headerCount, int number,
            List<String> values, java.util.BitSet numberCells, List<SheetRow.CellProblem> problems)
            throws ModelFileException {
        if (values.stream().allMatch(String::isBlank) && problems.isEmpty()) {
            return;
        }
        String in = sheet == null ? "" : "sheet '" + sheet + "', ";
        if (number > MAX_ROWS) {
            throw new ModelFileException(file, number, in + "has more than " + MAX_ROWS + " rows",
                    "Split the spreadsheet.", null);
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (i >= headerCount && !v.isBlank()) {
                problems.add(new SheetRow.CellProblem(in + "cell " + Column.letters(i) + number,
                        "has a value but its column has no header: give the column a header or empty it"));
            }
            if (v.length() > MAX_CELL_CHARS) {
                problems.add(new SheetRow.CellProblem(in + "cell " + Column.letters(i) + number, "holds "
                        + v.length() + " characters; a cell holds at most " + MAX_CELL_CHARS + ": shorten it"));
                values.set(i, "");
            }
        }
        String[] cells = new String[positions.length];
        boolean[] numbers = new boolean[positions.length];
        for (int c = 0; c < positions.length; c++) {
            int p = positions[c];
            cells[c] = p < 0 ? null : p < values.size() ? values.get(p) : "";
            numbers[c] = p >= 0 && numberCells.get(p);
        }
        rows.add(new SheetRow(number, cells, numbers, List.copyOf(problems)));
    }

    private static String headerRemedy(Table table) {
        if (table == null) {
            return "Export the model with 'touchline export' and edit that file; keep its header row.";
        }
        return "The " + table.title() + " columns are " + table.headerList() + "; keep the header row as exported.";
    }
}
