package dev.touchline.sheet;

import java.util.List;
import java.util.Locale;

import dev.touchline.sheet.Column.Kind;

/**
 * The tables of Touchline's spreadsheet: one row per touchpoint, and one row per measurement. A
 * workbook holds both as sheets of these names; a CSV file holds one, recognised by its first
 * header.
 */
public enum Table {

    TOUCHPOINTS("Touchpoints", List.of(
            new Column("Touchpoint id", Kind.ID, false, 24),
            new Column("Journey", Kind.NAME, true, 22),
            new Column("Stage", Kind.NAME, true, 18),
            new Column("Touchpoint", Kind.TEXT, true, 34),
            new Column("Description", Kind.TEXT, true, 40),
            new Column("Channel", Kind.NAME, true, 16),
            new Column("Visibility", Kind.NAME, true, 12),
            new Column("Owner", Kind.NAME, true, 20),
            new Column("Supporting", Kind.NAMES, true, 28),
            new Column("Emotion", Kind.WHOLE_NUMBER, true, 9),
            new Column("Moment of truth", Kind.YES_NO, true, 9))),

    MEASUREMENTS("Measurements", List.of(
            new Column("Measurement id", Kind.ID, false, 24),
            new Column("Touchpoint id", Kind.NAME, false, 22),
            new Column("Touchpoint", Kind.TEXT, false, 34),
            new Column("Metric", Kind.NAME, true, 22),
            new Column("Target", Kind.NUMBER, true, 10),
            new Column("Actual", Kind.NUMBER, true, 10),
            new Column("Unit", Kind.TEXT, false, 10),
            new Column("Measured on", Kind.TEXT, true, 14),
            new Column("Source", Kind.TEXT, true, 24)));

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
