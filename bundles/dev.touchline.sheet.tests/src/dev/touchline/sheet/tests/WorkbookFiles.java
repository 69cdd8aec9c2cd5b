package dev.touchline.sheet.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes plain workbooks, as a spreadsheet program would after an edit. */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /** A cell holding a formula, as a person types it (without the "="). */
    record Formula(String expression) {
    }

    static void write(Path file, String sheet, List<List<Object>> rows) throws Exception {
        write(file, Map.of(sheet, rows));
    }

    /** A workbook with these sheets, in the map's order. */
    static void write(Path file, Map<String, List<List<Object>>> sheets) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Test", "1.0");
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                fill(wb.newWorksheet(sheet.getKey()), sheet.getValue());
            }
            wb.finish();
        }
    }

    private static void fill(Worksheet ws, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Formula f) {
                    ws.formula(r, c, f.expression());
                } else if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
        }
    }
}
