package dev.touchline.validation;

import org.eclipse.emf.common.util.Diagnostic;

import dev.touchline.validation.internal.ValidationPlugin;

/**
 * The catalogue of Touchline's validation rules: stable ids (used in reports, SARIF and
 * {@code docs/rules.md}), default severities and the name of the Ecore constraint that checks each.
 */
public enum Rule {
    TOUCHPOINT_OWNER("touchpoint-owner", Diagnostic.ERROR, "touchpointOwner"),
    TOUCHPOINT_METRIC("touchpoint-metric", Diagnostic.ERROR, "touchpointMetric"),
    MOMENT_OF_TRUTH("moment-of-truth", Diagnostic.ERROR, "momentOfTruth"),
    MEASUREMENT_METRIC("measurement-metric", Diagnostic.ERROR, "measurementMetric"),
    MEASUREMENT_TARGET("measurement-target", Diagnostic.WARNING, "measurementTarget"),
    MEASUREMENT_OFF_TARGET("measurement-off-target", Diagnostic.WARNING, "measurementOffTarget"),
    PROMISE_UNDELIVERED("promise-undelivered", Diagnostic.WARNING, "promiseUndelivered"),
    PROMISE_UNMEASURED("promise-unmeasured", Diagnostic.WARNING, "promiseUnmeasured"),
    VALUE_UNMEASURED("value-unmeasured", Diagnostic.WARNING, "valueUnmeasured"),
    DEPARTMENT_IDLE("department-idle", Diagnostic.INFO, "departmentIdle"),
    STAGE_EMPTY("stage-empty", Diagnostic.WARNING, "stageEmpty"),
    JOURNEY_PERSONA("journey-persona", Diagnostic.WARNING, "journeyPersona"),
    JOURNEY_STAGES("journey-stages", Diagnostic.WARNING, "journeyStages"),
    PAINPOINT_OWNER("painpoint-owner", Diagnostic.WARNING, "painpointOwner"),
    DEPARTMENT_CYCLE("department-cycle", Diagnostic.ERROR, "departmentCycle"),
    DUPLICATE_NAME("duplicate-name", Diagnostic.WARNING, "duplicateName"),
    EMOTION_RANGE("emotion-range", Diagnostic.ERROR, "emotionRange"),
    /** EMF's own structural checks (unique ids, unresolved references...). */
    MODEL_INTEGRITY("model-integrity", Diagnostic.ERROR, null);

    private final String id;
    private final int severity;
    private final String constraint;

    Rule(String id, int severity, String constraint) {
        this.id = id;
        this.severity = severity;
        this.constraint = constraint;
    }

    /** The stable id, for example {@code touchpoint-owner}. */
    public String id() {
        return id;
    }

    /** The default severity, one of {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING}, {@link Diagnostic#INFO}. */
    public int severity() {
        return severity;
    }

    /** The name of the constraint in touchline.ecore, or null for EMF's built-in checks. */
    public String constraint() {
        return constraint;
    }

    /** A one-line title: what a model that keeps this rule looks like. */
    public String title() {
        return ValidationPlugin.INSTANCE.getString("_UI_" + id + "_title");
    }

    /** The diagnostic code of this rule's findings. */
    public int code() {
        return ordinal() + 1;
    }

    /** The rule with the given id, or null. */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }

    /** The rule of a diagnostic code produced by {@link TouchlineRules}, or null. */
    public static Rule byCode(int code) {
        return code >= 1 && code <= values().length ? values()[code - 1] : null;
    }
}
