package dev.touchline.map;

/** The small markers on a touchpoint card. */
public enum Badge {
    /** The touchpoint is a moment of truth. */
    MOMENT_OF_TRUTH("Moment of truth"),
    /** No department owns the touchpoint. */
    NO_OWNER("No owner"),
    /** The touchpoint has no measurement. */
    NO_MEASUREMENT("Not measured"),
    /** A measurement of the touchpoint misses its target. */
    OFF_TARGET("Off target");

    private final String label;

    Badge(String label) {
        this.label = label;
    }

    /** A short label for tooltips and legends. */
    public String label() {
        return label;
    }
}
