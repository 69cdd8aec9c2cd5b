package dev.touchline.map;

import java.util.Collection;

import dev.touchline.model.Measurement;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;
import dev.touchline.validation.Targets;

/**
 * How a set of touchpoints is doing, as one traffic light: the colour of a heatmap cell and of a
 * department's indicator.
 */
public enum Health {
    /** Nothing to judge: no touchpoints. */
    NONE("No touchpoints"),
    /** No findings and every measurement on target. */
    GOOD("On track"),
    /** Warnings or measurements off target. */
    WATCH("Needs attention"),
    /** At least one error (no owner, no measurement, ...). */
    POOR("Gaps to fix");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The health of these touchpoints given the findings on them and their content. */
    public static Health of(Collection<Touchpoint> touchpoints, MapFindings findings) {
        if (touchpoints.isEmpty()) {
            return NONE;
        }
        Health health = GOOD;
        for (Touchpoint touchpoint : touchpoints) {
            for (Finding finding : findings.within(touchpoint)) {
                if (finding.severity() == Severity.ERROR) {
                    return POOR;
                }
                if (finding.severity() == Severity.WARNING) {
                    health = WATCH;
                }
            }
            for (Measurement measurement : touchpoint.getMeasurements()) {
                if (Targets.status(measurement) == Targets.Status.OFF_TARGET) {
                    health = WATCH;
                }
            }
        }
        return health;
    }
}
