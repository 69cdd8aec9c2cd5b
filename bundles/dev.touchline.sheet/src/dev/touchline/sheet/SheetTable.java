package dev.touchline.sheet;

import java.util.List;

/**
 * A table read from a spreadsheet: which {@link Table} it is, the sheet it came from, where each
 * column was found and its rows.
 *
 * @param sheet the sheet's name, or {@code null} for a CSV file
 * @param positions for each column of the table, its index in the sheet, or -1 when absent
 * @param semicolons whether it is a CSV file separated by semicolons (as European spreadsheet
 *        programs write them, with decimal commas)
 */
public record SheetTable(Table table, String sheet, int[] positions, List<SheetRow> rows, boolean semicolons) {

    /** Whether the sheet has column {@code column}. */
    public boolean has(int column) {
        return positions[column] >= 0;
    }

    /** Whether the sheet has {@code column} (one of its table's). */
    public boolean has(Column column) {
        int index = table.indexOf(column);
        return index >= 0 && has(index);
    }

    /** The index of {@code column} (one of its table's) in this table's rows, whether the sheet has it or not. */
    public int indexOf(Column column) {
        return table.indexOf(column);
    }

    /** The index of the table's key column (the id its rows are matched by). */
    public int keyIndex() {
        return table.indexOf(table.key());
    }

    /** Where a cell is, for messages: {@code sheet 'Touchpoints', cell H5 (Owner)}. */
    public String where(SheetRow row, int column) {
        String header = table.columns().get(column).header();
        return prefix() + "cell " + Column.letters(positions[column]) + row.number() + " (" + header + ")";
    }

    /** Where a row is, for messages: {@code sheet 'Touchpoints', row 5}. */
    public String where(SheetRow row) {
        return prefix() + "row " + row.number();
    }

    private String prefix() {
        return sheet == null ? "" : "sheet '" + sheet + "', ";
    }
}
