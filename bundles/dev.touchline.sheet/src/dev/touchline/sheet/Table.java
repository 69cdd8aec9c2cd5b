package dev.touchline.sheet;

import java.util.List;
import java.util.Locale;


/**
 * The tables of Touchline's spreadsheet: one row per touchpoint, and one row per measurement. A
 * workbook holds both as sheets of these names; a CSV file holds one, recognised by its key
 * column. Columns are found by their definition (their header), never by their place: a sheet may
 * hold them in any order, and so may {@link Columns}.
 */
public enum Table {

    TOUCHPOINTS("Touchpoints", Columns.TOUCHPOINTS),

    MEASUREMENTS("Measurements", Columns.MEASUREMENTS);

    private final String title;
    private final List<Column> columns;
    private final Column key;

    Table(String title, List<Column> columns) {
        this.title = title;
        this.columns = columns;
        List<Column> ids = columns.stream().filter(c -> c.kind() == Column.Kind.ID).toList();
        if (ids.size() != 1) {
            throw new IllegalStateException(title + " needs exactly one id column, not " + ids);
        }
        this.key = ids.get(0);
    }

    /** The sheet name in a workbook. */
    public String title() {
        return title;
    }

    /** The columns, in the order an export writes them. */
    public List<Column> columns() {
        return columns;
    }

    /** The column of the rows' ids (its kind is {@link Column.Kind#ID}), by which an import matches rows. */
    public Column key() {
        return key;
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

    /**
     * The table whose key column is among {@code headers} (in any order), or {@code null}.
     * Measurements are tried first: their rows also name their touchpoint by its id, under the
     * header of the touchpoints' key.
     */
    public static Table keyedBy(List<String> headers) {
        for (Table t : new Table[] { MEASUREMENTS, TOUCHPOINTS }) {
            for (String h : headers) {
                if (normalise(h).equals(normalise(t.key.header()))) {
                    return t;
                }
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
