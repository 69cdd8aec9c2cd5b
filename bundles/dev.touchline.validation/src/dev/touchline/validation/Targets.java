package dev.touchline.validation;

import dev.touchline.model.Direction;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;

/** How a measurement stands against its target, read the way its metric's direction says. */
public final class Targets {

    /** Where a measurement stands. */
    public enum Status {
        /** Actual meets or beats the target. */
        ON_TARGET,
        /** Actual misses the target. */
        OFF_TARGET,
        /** No metric, target or actual to compare. */
        UNKNOWN
    }

    private Targets() {
    }

    /** The measurement's status; {@link Status#UNKNOWN} when metric, target or actual is missing. */
    public static Status status(Measurement measurement) {
        Metric metric = measurement.getMetric();
        Double target = measurement.getTarget();
        Double actual = measurement.getActual();
        if (metric == null || target == null || actual == null) {
            return Status.UNKNOWN;
        }
        boolean misses = higherIsBetter(metric) ? actual < target : actual > target;
        return misses ? Status.OFF_TARGET : Status.ON_TARGET;
    }

    /** Whether bigger numbers are better for this metric (the default when no direction is set). */
    public static boolean higherIsBetter(Metric metric) {
        return metric.getDirection() != Direction.LOWER_IS_BETTER;
    }
}
