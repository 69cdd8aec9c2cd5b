package dev.touchline.departments;

/**
 * How a department (or the touchpoints nobody owns) is doing in a scope, as one traffic light:
 * the colour of a heatmap cell, of the lens and of a handout. Decided in one place,
 * {@link DepartmentFigures}.
 */
public enum Health {
    /** Nothing to judge: no touchpoints, and no error or warning, in the scope. */
    NONE("No touchpoints"),
    /** No errors or warnings and every measurement on target. */
    GOOD("On track"),
    /** Warnings or measurements off target. */
    WATCH("Needs attention"),
    /** At least one error (no owner, no measurement, ...) concerns it. */
    POOR("Gaps to fix");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
