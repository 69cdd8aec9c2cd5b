package dev.touchline.sheet;

import java.util.function.Function;

import org.eclipse.emf.ecore.EStructuralFeature;

import dev.touchline.model.Journey;
import dev.touchline.model.Measurement;
import dev.touchline.model.Touchpoint;

/**
 * A column of a {@link Table}, defined once for both directions: its header, what it holds,
 * whether an import reads it back and its width in a workbook (in characters); how the export
 * takes its cell from the model; and what an import sets from it (the feature, how the cell's text
 * becomes its value, whether an empty cell clears it). The columns are in {@link Columns}.
 */
public final class Column {

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

    /**
     * What one row of the export is about: the touchpoint (and for a measurement row, the
     * measurement), with the names the export writes for other elements.
     *
     * @param stage the stage's cell (its name, or its id when names repeat)
     */
    record Source(SheetRows names, Journey journey, String stage, Touchpoint touchpoint, Measurement measurement) {
    }

    /** A cell an import reads: where it is, and the metric of its row (for targets and actuals). */
    record Cell(SheetTable table, SheetRow row, int index, dev.touchline.model.Metric metric) {
    }

    /** How an import turns a cell into the value of the column's feature ({@code null} with a problem recorded). */
    interface Reading {
        Object read(CellReader reader, Cell cell);
    }

    private final String header;
    private final Kind kind;
    private final boolean editable;
    private final int width;
    private final Function<Source, Object> value;
    private final EStructuralFeature feature;
    private final Reading reading;
    private final boolean clearable;

    private Column(String header, Kind kind, boolean editable, int width, Function<Source, Object> value,
            EStructuralFeature feature, Reading reading, boolean clearable) {
        this.header = header;
        this.kind = kind;
        this.editable = editable;
        this.width = width;
        this.value = value;
        this.feature = feature;
        this.reading = reading;
        this.clearable = clearable;
    }

    /** A column only for reading: an import does not change what it shows (or uses it as a key). */
    static Column shown(String header, Kind kind, int width, Function<Source, Object> value) {
        return new Column(header, kind, false, width, value, null, null, false);
    }

    /** A column an import reads as a key or a place (id, journey, stage, touchpoint of a measurement). */
    static Column key(String header, Kind kind, int width, Function<Source, Object> value) {
        return new Column(header, kind, true, width, value, null, null, false);
    }

    /**
     * A column an import sets {@code feature} from, reading the cell with {@code reading};
     * {@code clearable}: an empty cell means "none" (else it leaves the value as it is).
     */
    static Column edited(String header, Kind kind, int width, Function<Source, Object> value,
            EStructuralFeature feature, Reading reading, boolean clearable) {
        return new Column(header, kind, true, width, value, feature, reading, clearable);
    }

    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether an import reads it back (its header is blue in a workbook, else grey). */
    public boolean editable() {
        return editable;
    }

    public int width() {
        return width;
    }

    /** The export's cell: a {@link String}, a {@link Number} or {@code null}. */
    Object value(Source source) {
        return value.apply(source);
    }

    /** The feature an import sets from this column, or {@code null} (a key, or only for reading). */
    EStructuralFeature feature() {
        return feature;
    }

    Object read(CellReader reader, Cell cell) {
        return reading.read(reader, cell);
    }

    /** Whether an empty cell clears the feature (rather than leaving it, its problem reported). */
    boolean clearable() {
        return clearable;
    }

    @Override
    public String toString() {
        return header;
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
