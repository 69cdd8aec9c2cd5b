package dev.touchline.sheet;

import java.util.List;

/**
 * One row read from a spreadsheet.
 *
 * @param number the row number as a spreadsheet program shows it (the header is row 1)
 * @param cells the cell texts, indexed like the {@link Table#columns()}; {@code null} for a column
 *        the sheet does not have
 * @param numberCells for each cell, whether a workbook stored it as a number (its text is then
 *        written with a decimal point whatever the file's separator); always false in a CSV file
 * @param problems cells the reader could not take as they are (a formula, an error value, a value
 *        without a header), each with its place and what to do; reported with the importer's own
 *        problems, so one import lists every wrong cell
 */
public record SheetRow(int number, String[] cells, boolean[] numberCells, List<CellProblem> problems) {

    /**
     * A cell the reader could not take as it is.
     *
     * @param cell where it is: {@code sheet 'Touchpoints', cell D2}
     * @param problem what is wrong and what to do
     */
    public record CellProblem(String cell, String problem) {

        @Override
        public String toString() {
            return cell + " " + problem;
        }
    }

    /** The cell of column {@code column}, or {@code null} when the sheet has no such column. */
    public String cell(int column) {
        return cells[column];
    }

    /** Whether the cell of {@code column} was stored as a number (in a workbook). */
    public boolean isNumberCell(int column) {
        return numberCells[column];
    }
}
