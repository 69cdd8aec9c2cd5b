package dev.touchline.sheet;

/**
 * A column of a {@link Table}: its header, what it holds, whether an import reads it back, and its
 * width in a workbook (in characters).
 */
public record Column(String header, Kind kind, boolean editable, int width) {

    /** What a column's cells hold. */
    public enum Kind {
        /** The id of the row's element: the key an import matches rows by. */
        ID,
        /** Free text. */
        TEXT,
        /** A whole number. */
        WHOLE_NUMBER,
        /** A number. */
        NUMBER,
        /** yes or no. */
        YES_NO,
        /** The name (or id) of another element of the model. */
        NAME,
        /** Names (or ids) separated by semicolons. */
        NAMES
    }

    /** The spreadsheet letters of the column at {@code index} (0 → A, 26 → AA). */
    public static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
