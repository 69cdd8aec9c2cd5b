package dev.touchline.sheet;

import java.nio.file.Path;
import java.util.Locale;

/** The spreadsheet file formats Touchline reads and writes, told apart by the file's extension. */
public enum SheetFormat {
    /** An Office Open XML workbook with both tables as sheets. */
    XLSX,
    /** Comma-separated values in UTF-8: one table per file. */
    CSV;

    /** The format of {@code file}, or {@code null} when its extension is neither. */
    public static SheetFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return null;
    }
}
