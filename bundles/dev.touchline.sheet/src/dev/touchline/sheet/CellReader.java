package dev.touchline.sheet;

import java.util.List;

import dev.touchline.model.Department;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Visibility;

/**
 * How an import reads cells into values, named by the columns that use them ({@link Columns}):
 * each reports a wrong cell as a problem and gives {@code null}.
 */
interface CellReader {
    SheetRows names();

    /** Text, cleaned; {@code null} when the sheet has no such column. */
    String text(Column.Cell cell);

    /** Text, or {@code null} when empty. */
    String optionalText(Column.Cell cell);

    /** The element the cell names (or gives the id of), {@code null} when empty. */
    <T extends NamedElement> T element(Column.Cell cell, Names<T> names);

    Visibility visibility(Column.Cell cell);

    List<Department> supporters(Column.Cell cell);

    Integer emotion(Column.Cell cell);

    Boolean yesNo(Column.Cell cell);

    /** A target or actual, in the row's metric's unit. */
    Double decimal(Column.Cell cell);
}
