package dev.touchline.sheet;

import java.util.List;

import dev.touchline.model.Metric;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.sheet.Column.Kind;

/**
 * Every column of Touchline's spreadsheet, each defined once: what the export writes and what an
 * import reads back from it. {@link Table} lists them in sheet order.
 */
final class Columns {

    private static final TouchlinePackage P = TouchlinePackage.eINSTANCE;

    private Columns() {
    }

    // ---- Touchpoints

    static final Column TOUCHPOINT_ID = Column.shown("Touchpoint id", Kind.ID, 24, s -> s.touchpoint().getId());
    static final Column JOURNEY = Column.key("Journey", Kind.NAME, 22, s -> s.names().journeys.cell(s.journey()));
    static final Column STAGE = Column.key("Stage", Kind.NAME, 18, Column.Source::stage);
    static final Column TOUCHPOINT = Column.edited("Touchpoint", Kind.TEXT, 34, s -> text(s.touchpoint().getName()),
            P.getNamedElement_Name(), CellReader::text, false);
    static final Column DESCRIPTION = Column.edited("Description", Kind.TEXT, 40,
            s -> text(s.touchpoint().getDescription()), P.getNamedElement_Description(),
            CellReader::optionalText, true);
    static final Column CHANNEL = Column.edited("Channel", Kind.NAME, 16,
            s -> s.names().channels.cell(s.touchpoint().getChannel()), P.getTouchpoint_Channel(),
            (r, c) -> r.element(c, r.names().channels), true);
    static final Column VISIBILITY = Column.edited("Visibility", Kind.NAME, 12,
            s -> s.touchpoint().getVisibility().getLiteral(), P.getTouchpoint_Visibility(),
            CellReader::visibility, false);
    static final Column OWNER = Column.edited("Owner", Kind.NAME, 20,
            s -> s.names().departments.cell(s.touchpoint().getOwner()), P.getTouchpoint_Owner(),
            (r, c) -> r.element(c, r.names().departments), true);
    static final Column SUPPORTING = Column.edited("Supporting", Kind.NAMES, 28,
            s -> s.names().departments.cells(s.touchpoint().getSupporters()), P.getTouchpoint_Supporters(),
            CellReader::supporters, false);
    static final Column EMOTION = Column.edited("Emotion", Kind.WHOLE_NUMBER, 9, s -> s.touchpoint().getEmotion(),
            P.getTouchpoint_Emotion(), CellReader::emotion, true);
    static final Column MOMENT_OF_TRUTH = Column.edited("Moment of truth", Kind.YES_NO, 9,
            s -> s.touchpoint().isMomentOfTruth() ? "yes" : "no", P.getTouchpoint_MomentOfTruth(),
            CellReader::yesNo, false);

    static final List<Column> TOUCHPOINTS = List.of(TOUCHPOINT_ID, JOURNEY, STAGE, TOUCHPOINT, DESCRIPTION, CHANNEL,
            VISIBILITY, OWNER, SUPPORTING, EMOTION, MOMENT_OF_TRUTH);

    // ---- Measurements

    static final Column MEASUREMENT_ID = Column.shown("Measurement id", Kind.ID, 24,
            s -> s.measurement().getId());
    /** Read only for a new measurement (the touchpoint it is added to); an export says whose it is. */
    static final Column MEASURED_TOUCHPOINT_ID = Column.shown("Touchpoint id", Kind.NAME, 22,
            s -> s.touchpoint().getId());
    static final Column MEASURED_TOUCHPOINT = Column.shown("Touchpoint", Kind.TEXT, 34,
            s -> text(s.touchpoint().getName()));
    static final Column METRIC = Column.edited("Metric", Kind.NAME, 22,
            s -> s.names().metrics.cell(s.measurement().getMetric()), P.getMeasurement_Metric(),
            (r, c) -> r.element(c, r.names().metrics), false);
    static final Column TARGET = Column.edited("Target", Kind.NUMBER, 10, s -> s.measurement().getTarget(),
            P.getMeasurement_Target(), CellReader::decimal, true);
    static final Column ACTUAL = Column.edited("Actual", Kind.NUMBER, 10, s -> s.measurement().getActual(),
            P.getMeasurement_Actual(), CellReader::decimal, true);
    static final Column UNIT = Column.shown("Unit", Kind.TEXT, 10, s -> unit(s.measurement().getMetric()));
    static final Column MEASURED_ON = Column.edited("Measured on", Kind.TEXT, 14,
            s -> text(s.measurement().getMeasuredOn()), P.getMeasurement_MeasuredOn(),
            CellReader::optionalText, true);
    static final Column SOURCE = Column.edited("Source", Kind.TEXT, 24, s -> text(s.measurement().getSource()),
            P.getMeasurement_Source(), CellReader::optionalText, true);

    static final List<Column> MEASUREMENTS = List.of(MEASUREMENT_ID, MEASURED_TOUCHPOINT_ID, MEASURED_TOUCHPOINT,
            METRIC, TARGET, ACTUAL, UNIT, MEASURED_ON, SOURCE);

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String unit(Metric metric) {
        return metric == null ? "" : text(metric.getUnit());
    }
}
