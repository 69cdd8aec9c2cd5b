package dev.touchline.sheet;

/**
 * One row read from a spreadsheet.
 *
 * @param number the row number as a spreadsheet program shows it (the header is row 1)
 * @param cells the cell texts, indexed like the {@link Table#columns()}; {@code null} for a column
 *        the sheet does not have
 */
public record SheetRow(int number, String[] cells) {

    /** The cell of column {@code column}, or {@code null} when the sheet has no such column. */
    public String cell(int column) {
        return cells[column];
    }
}
