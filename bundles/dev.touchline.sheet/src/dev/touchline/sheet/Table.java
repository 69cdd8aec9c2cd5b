package dev.touchline.sheet;

import java.util.List;
import java.util.Locale;


/**
 * The tables of Touchline's spreadsheet: one row per touchpoint, and one row per measurement. A
 * workbook holds both as sheets of these names; a CSV file holds one, recognised by its first
 * header.
 */
public enum Table {

    TOUCHPOINTS("Touchpoints", Columns.TOUCHPOINTS),

    MEASUREMENTS("Measurements", Columns.MEASUREMENTS);

    private final String title;
    private final List<Column> columns;

    Table(String title, List<Column> columns) {
        this.title = title;
        this.columns = columns;
    }

    /** The sheet name in a workbook. */
    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The index of {@code column} in this table, or -1. */
    public int indexOf(Column column) {
        return columns.indexOf(column);
    }

    /** The index of the column with this header (case and surrounding blanks ignored), or -1. */
    public int indexOf(String header) {
        String wanted = normalise(header);
        for (int i = 0; i < columns.size(); i++) {
            if (normalise(columns.get(i).header()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The table whose sheet is called {@code name}, or {@code null}. */
    public static Table titled(String name) {
        for (Table t : values()) {
            if (normalise(t.title).equals(normalise(name))) {
                return t;
            }
        }
        return null;
    }

    /** The table whose first header is {@code header}, or {@code null}. */
    public static Table keyedBy(String header) {
        for (Table t : values()) {
            if (t.indexOf(header) == 0) {
                return t;
            }
        }
        return null;
    }

    /** The headers, for messages: {@code 'Touchpoint id', 'Journey', ...}. */
    public String headerList() {
        StringBuilder s = new StringBuilder();
        for (Column c : columns) {
            s.append(s.length() == 0 ? "" : ", ").append('\'').append(c.header()).append('\'');
        }
        return s.toString();
    }

    private static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }
}
