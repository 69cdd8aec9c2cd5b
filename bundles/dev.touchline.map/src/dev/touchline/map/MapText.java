package dev.touchline.map;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Empowerment;
import dev.touchline.model.JourneyState;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Opportunity;
import dev.touchline.model.PainPoint;
import dev.touchline.model.Stage;

/**
 * What the map writes on its notes and metric bars, and their colours: the same words on screen
 * (the editor's painter) and on paper (the exports).
 */
public final class MapText {

    private MapText() {
    }

    /**
     * The text of a note: a stage's customer actions or (in the thoughts lane) its customer's
     * thoughts in quotes, a pain point or an opportunity with its state.
     */
    public static String noteLabel(EObject element, Lane lane) {
        if (element instanceof Stage stage) {
            if (lane == Lane.THOUGHTS) {
                String thoughts = stage.getThoughts();
                return thoughts == null || thoughts.isBlank() ? null : "\u201c" + thoughts.strip() + "\u201d";
            }
            return stage.getCustomerActions();
        }
        if (element instanceof PainPoint pain) {
            return pain.getName() + (pain.getSeverity() == null ? "" : "  (" + pain.getSeverity().getLiteral() + ")");
        }
        if (element instanceof Opportunity opportunity) {
            return opportunity.getName() + "  (" + opportunity.getStatus().getLiteral() + ")";
        }
        return "";
    }

    /** A note's fill colour. */
    public static int noteFill(EObject element) {
        return element instanceof PainPoint ? Palette.PAIN : element instanceof Opportunity ? Palette.OPPORTUNITY
                : Palette.PAPER;
    }

    /** A note's edge colour. */
    public static int noteEdge(EObject element) {
        return element instanceof PainPoint ? Palette.PAIN_EDGE
                : element instanceof Opportunity ? Palette.OPPORTUNITY_EDGE : Palette.LINE;
    }

    /** A metric bar's label: metric, actual / target and unit. */
    public static String metricLabel(Measurement measurement) {
        Metric metric = measurement.getMetric();
        String unit = metric == null || metric.getUnit() == null || metric.getUnit().isBlank() ? ""
                : " " + metric.getUnit();
        return (metric == null ? "(no metric)" : metric.getName()) + ": "
                + (measurement.getActual() == null ? "no actual" : number(measurement.getActual())) + " / "
                + (measurement.getTarget() == null ? "no target" : number(measurement.getTarget())) + unit;
    }

    /** The range a metric bar spans: the metric's scale, or 0 to a little above the larger of target and actual. */
    public static double[] metricRange(Measurement measurement) {
        Metric metric = measurement.getMetric();
        Double target = measurement.getTarget();
        Double actual = measurement.getActual();
        double min = metric != null && metric.getScaleMin() != null ? metric.getScaleMin() : 0;
        double max = metric != null && metric.getScaleMax() != null ? metric.getScaleMax()
                : Math.max(target == null ? 1 : target, actual == null ? 1 : actual) * 1.2;
        return new double[] { min, max };
    }

    /** Where {@code value} falls on a bar of {@code width} spanning {@code range}, clamped to the bar. */
    public static int scale(double value, double[] range, int width) {
        double ratio = Math.max(0, Math.min(1, (value - range[0]) / (range[1] - range[0])));
        return (int) Math.round(ratio * width);
    }

    /** A number as people write it: no exponent, no trailing zeros. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "?";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** An emotion with its sign: +2, 0, -1. */
    public static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    /** Drawn on a card that delivers brand promises. */
    public static final String PROMISE_GLYPH = "\u25c6";
    /** Drawn on a card with employee insights. */
    public static final String INSIGHT_GLYPH = "\u270e";

    /** The glyph of an empowerment on a card, or {@code null} when it is not set. */
    public static String empowermentGlyph(Empowerment empowerment) {
        return switch (empowerment) {
            case HARD_LINE -> "\u25ac";
            case GUIDELINE -> "\u254c";
            case NO_LINE -> "\u25cb";
            default -> null;
        };
    }

    /** What an empowerment means, for tips: "hard line (policy, no deviation)". */
    public static String empowermentLabel(Empowerment empowerment) {
        return switch (empowerment) {
            case HARD_LINE -> "hard line (policy, no deviation)";
            case GUIDELINE -> "guideline (what is fixed, how is free)";
            case NO_LINE -> "no line (own judgement)";
            default -> "not set";
        };
    }

    /** The journey's state as its header says it: "current state" or "future state". */
    public static String stateLabel(JourneyState state) {
        return state == JourneyState.FUTURE ? "future state" : "current state";
    }

    /** The colour of an emotion: good above zero, poor below, watch at zero. */
    public static int moodColor(int emotion) {
        return emotion > 0 ? Palette.GOOD : emotion < 0 ? Palette.POOR : Palette.WATCH;
    }
}
