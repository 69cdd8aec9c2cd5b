package dev.touchline.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dev.touchline.io.AtomicFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Visibility;

/**
 * Writes a model's touchpoints and measurements as a spreadsheet that workshop participants edit
 * and {@link SheetImport} reads back: an XLSX workbook (both tables, header row frozen, filters,
 * drop-down lists for departments, channels, visibility and metrics) or a CSV file (one table).
 * The file is written atomically.
 */
public final class SheetExport {

    /** Characters that make a spreadsheet program read a CSV cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private SheetExport() {
    }

    /**
     * Writes {@code model} to {@code file} in the format its extension names; a CSV file gets
     * {@code csvTable}.
     */
    public static void write(JourneyModel model, Path file, Table csvTable) throws IOException {
        SheetFormat format = SheetFormat.of(file);
        if (format == null) {
            throw new IllegalArgumentException(file + " is neither .xlsx nor .csv");
        }
        SheetRows rows = new SheetRows(model);
        AtomicFiles.write(file, out -> {
            if (format == SheetFormat.XLSX) {
                writeXlsx(model, rows, out);
            } else {
                writeCsv(rows, csvTable, out);
            }
        }, false);
    }

    /** Writes {@code model} as an .xlsx workbook to {@code out} (for packs that hold a workbook among other files). */
    public static void writeWorkbook(JourneyModel model, OutputStream out) throws IOException {
        writeXlsx(model, new SheetRows(model), out);
    }

    /**
     * A text cell made safe for a CSV file: a value a spreadsheet program would take as a formula
     * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, which those
     * programs show as "text"; so does a value starting with an apostrophe, so that
     * {@link SheetImport}'s removal of one leading apostrophe gives every value back unchanged.
     */
    static String csvText(String value) {
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** A number as a spreadsheet writes it: no exponent, no trailing zeros, a dot for decimals. */
    static String number(Number n) {
        if (n instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    private static void writeCsv(SheetRows rows, Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel reads the file as UTF-8
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (Column c : table.columns()) {
                csv.print(c.header());
            }
            csv.println();
            for (Object[] row : rows.rows(table)) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v == null) {
                        csv.print("");
                    } else if (v instanceof Number n) {
                        csv.print(number(n));
                    } else {
                        // every text cell, ids included: an id like =HYPERLINK(...) must not become a formula
                        csv.print(csvText(v.toString()));
                    }
                }
                csv.println();
            }
        }
    }

    private static void writeXlsx(JourneyModel model, SheetRows rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Touchline", "0.1");
        workbook.setGlobalDefaultFont("Calibri", 11); // styled and plain cells alike
        Worksheet[] sheets = new Worksheet[Table.values().length];
        for (Table table : Table.values()) {
            sheets[table.ordinal()] = workbook.newWorksheet(table.title());
        }
        Worksheet lists = workbook.newWorksheet("Lists");
        int[] listSizes = writeLists(lists, model, rows);
        lists.setVisibilityState(VisibilityState.HIDDEN);
        for (Table table : Table.values()) {
            Worksheet ws = sheets[table.ordinal()];
            List<Object[]> data = rows.rows(table);
            writeTable(ws, table, data);
            addDropDowns(ws, table, lists, listSizes, Math.max(data.size(), 1) + 200);
        }
        workbook.finish();
    }

    private static void writeTable(Worksheet ws, Table table, List<Object[]> data) {
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            ws.value(0, c, column.header());
            ws.width(c, column.width());
            ws.style(0, c).bold().fillColor(column.editable() ? "DCE6F1" : "E7E7E7").set();
            if (!column.editable()) {
                ws.comment(0, c, "For reading: an import does not change this column.");
            }
        }
        for (int r = 0; r < data.size(); r++) {
            Object[] row = data.get(r);
            for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v instanceof String s && !s.isEmpty()) {
                    ws.value(r + 1, c, s);
                }
                if (!columns.get(c).editable()) {
                    ws.style(r + 1, c).fontColor("707070").set();
                }
            }
        }
        ws.freezePane(1, 1);
        ws.setAutoFilter(0, 0, columns.size() - 1);
        // printed as a workshop handout: landscape, all columns on the page width, headers on every page
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(0);
    }

    /** The "Lists" sheet: departments, channels, visibility, metrics, yes/no, one per column. */
    private static int[] writeLists(Worksheet lists, JourneyModel model, SheetRows rows) {
        List<List<String>> columns = List.of(
                names(rows.departments, model.getDepartments()),
                names(rows.channels, model.getChannels()),
                Visibility.VALUES.stream().map(Visibility::getLiteral).toList(),
                names(rows.metrics, model.getMetrics()),
                List.of("yes", "no"));
        String[] headers = { "Departments", "Channels", "Visibility", "Metrics", "Yes/no" };
        int[] sizes = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            lists.value(0, c, headers[c]);
            List<String> values = columns.get(c);
            for (int r = 0; r < values.size(); r++) {
                lists.value(r + 1, c, values.get(r));
            }
            sizes[c] = values.size();
        }
        return sizes;
    }

    private static <T extends NamedElement> List<String> names(Names<T> names, List<T> elements) {
        return elements.stream().map(names::cell).toList();
    }

    private static void addDropDowns(Worksheet ws, Table table, Worksheet lists, int[] sizes, int lastRow) {
        // in the order of the lists' columns (writeLists)
        Column[] listed = { Columns.OWNER, Columns.CHANNEL, Columns.VISIBILITY, Columns.METRIC,
                Columns.MOMENT_OF_TRUTH };
        for (int list = 0; list < listed.length; list++) {
            int c = table.indexOf(listed[list]);
            if (c < 0 || sizes[list] == 0) {
                continue;
            }
            // fastexcel writes an unset title and text as the word "null", and writes both unescaped:
            // constants only
            ws.range(1, c, lastRow, c).validateWithList(lists.range(1, list, sizes[list], list))
                    .allowBlank(true).showDropdown(true).showErrorMessage(false).errorTitle("Not in the list")
                    .error("Choose a value from the list, or leave the cell empty.");
        }
    }
}
