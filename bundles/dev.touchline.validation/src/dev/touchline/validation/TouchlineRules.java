package dev.touchline.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.PainPoint;
import dev.touchline.model.Persona;
import dev.touchline.model.ServiceValue;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.model.util.TouchlineValidator;
import dev.touchline.validation.internal.ModelIndex;
import dev.touchline.validation.internal.ValidationPlugin;

/**
 * The bodies of the constraints declared in touchline.ecore. EMF generates
 * {@link TouchlineValidator} from the Ecore; this class supplies what each constraint checks,
 * so the generated code stays untouched. Every rule looks at one element and its direct
 * neighbours (inverse references are kept by EMF), and whole-model facts come from a
 * {@link ModelIndex} built once per run: validation is linear in the model size.
 */
public class TouchlineRules extends TouchlineValidator {

    /** The diagnostic source of Touchline's findings. */
    public static final String SOURCE = "dev.touchline.validation";

    public static final TouchlineRules INSTANCE = new TouchlineRules(false);

    /**
     * The rules without EMF's structural constraints, for a model straight from
     * {@code ModelFiles.load}, which refuses what these constraints look for (see
     * {@link ModelValidator#validateLoaded}).
     */
    static final TouchlineRules LOADED = new TouchlineRules(true);

    private final boolean loaded;

    private TouchlineRules(boolean loaded) {
        this.loaded = loaded;
    }

    @Override
    public ResourceLocator getResourceLocator() {
        return ValidationPlugin.INSTANCE;
    }

    /**
     * Context key for skipping EMF's structural constraints (references resolve and stay in the
     * model, pairs of opposite references match, ids are unique) for one element: set by
     * {@link IncrementalValidator} for a shared element (a department, a metric...) that is
     * rechecked only because its rules look across the model, while its own structure did not
     * change and checking it walks its long inverse lists. {@link #LOADED} skips them for all.
     */
    static final Object SKIP_STRUCTURE = new Object();

    private boolean skipStructure(EObject eObject, Map<Object, Object> context) {
        return loaded || context != null && context.get(SKIP_STRUCTURE) == eObject;
    }

    /**
     * touchline.ecore declares no keys and no map entries: the checks cannot fail and are not run
     * ({@code RulesTest} guards the premise).
     */
    @Override
    public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_EveryMapEntryUnique(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return skipStructure(eObject, context) || super.validate_UniqueID(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_NoCircularContainment(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return skipStructure(eObject, context) || super.validate_NoCircularContainment(eObject, diagnostics, context);
    }

    /**
     * touchline.ecore declares no lower bounds and every upper bound is 1 or unbounded, which EMF's
     * API enforces: the check cannot fail, so it is not run ({@code RulesTest} guards the premise).
     */
    @Override
    public boolean validate_EveryMultiplicityConforms(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    /**
     * touchline.ecore's data types carry no facets (length, range, pattern), so every value of the
     * right Java type conforms: not run ({@code RulesTest} guards the premise).
     */
    @Override
    public boolean validate_EveryDataValueConforms(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return skipStructure(eObject, context) || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return skipStructure(eObject, context) || super.validate_EveryProxyResolves(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_EveryBidirectionalReferenceIsPaired(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return skipStructure(eObject, context)
                || super.validate_EveryBidirectionalReferenceIsPaired(eObject, diagnostics, context);
    }

    /**
     * EMF checks both ends of every bidirectional reference. From a touchpoint towards its owner
     * department, that means a search through the department's list of thousands of owned
     * touchpoints, for every touchpoint: quadratic in the model size. The transient inverse lists
     * (owned and supported touchpoints, deliveries of a promise, measurements of a metric) are
     * checked from their own side instead, where each step is a look-up in a short list, so
     * every pair is still checked once.
     */
    @Override
    public boolean validate_BidirectionalReferenceIsPaired(EObject eObject, EReference eReference,
            EReference eOpposite, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (eOpposite.isTransient() && eOpposite.isMany() && !eReference.isTransient()) {
            return true;
        }
        return super.validate_BidirectionalReferenceIsPaired(eObject, eReference, eOpposite, diagnostics, context);
    }

    // --- touchpoints ---------------------------------------------------------------------------

    @Override
    public boolean validateTouchpoint_touchpointOwner(Touchpoint touchpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (touchpoint.getOwner() != null) {
            return true;
        }
        return report(Rule.TOUCHPOINT_OWNER, touchpoint, diagnostics, path(touchpoint));
    }

    @Override
    public boolean validateTouchpoint_touchpointMetric(Touchpoint touchpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        // a measurement of no metric measures nothing (measurement-metric flags it)
        if (touchpoint.getMeasurements().stream().anyMatch(m -> m.getMetric() != null)) {
            return true;
        }
        return report(Rule.TOUCHPOINT_METRIC, touchpoint, diagnostics, path(touchpoint), ownerName(touchpoint));
    }

    @Override
    public boolean validateTouchpoint_momentOfTruth(Touchpoint touchpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!touchpoint.isMomentOfTruth()) {
            return true;
        }
        boolean owned = touchpoint.getOwner() != null;
        boolean targeted = touchpoint.getMeasurements().stream().anyMatch(m -> m.getTarget() != null);
        if (owned && targeted) {
            return true;
        }
        String what = message(!owned && !targeted ? "_UI_moment-of-truth_neither"
                : owned ? "_UI_moment-of-truth_no-target" : "_UI_moment-of-truth_no-owner");
        return report(Rule.MOMENT_OF_TRUTH, touchpoint, diagnostics, path(touchpoint), what);
    }

    @Override
    public boolean validateTouchpoint_emotionRange(Touchpoint touchpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return checkEmotion(touchpoint, touchpoint.getEmotion(), diagnostics, context);
    }

    // --- measurements --------------------------------------------------------------------------

    @Override
    public boolean validateMeasurement_measurementMetric(Measurement measurement, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (measurement.getMetric() != null) {
            return true;
        }
        return report(Rule.MEASUREMENT_METRIC, measurement, diagnostics, path(measurement));
    }

    @Override
    public boolean validateMeasurement_measurementTarget(Measurement measurement, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Double target = measurement.getTarget();
        if (target == null) {
            return report(Rule.MEASUREMENT_TARGET, "_UI_measurement-target_missing_diagnostic", measurement, diagnostics,
                    path(measurement), ownerName(measurement.eContainer()));
        }
        Metric metric = measurement.getMetric();
        if (metric == null) {
            return true;
        }
        boolean below = metric.getScaleMin() != null && target < metric.getScaleMin();
        boolean above = metric.getScaleMax() != null && target > metric.getScaleMax();
        if (!below && !above && !target.isNaN()) {
            return true;
        }
        return report(Rule.MEASUREMENT_TARGET, "_UI_measurement-target_scale_diagnostic", measurement, diagnostics,
                path(measurement), number(target), ElementPaths.label(metric), bound(metric.getScaleMin(), "-\u221e"),
                bound(metric.getScaleMax(), "\u221e"));
    }

    @Override
    public boolean validateMeasurement_measurementOffTarget(Measurement measurement, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (Targets.status(measurement) != Targets.Status.OFF_TARGET) {
            return true;
        }
        Metric metric = measurement.getMetric();
        Double target = measurement.getTarget();
        Double actual = measurement.getActual();
        boolean higherIsBetter = Targets.higherIsBetter(metric);
        String unit = metric.getUnit() == null || metric.getUnit().isBlank() ? "" : " " + metric.getUnit();
        return report(Rule.MEASUREMENT_OFF_TARGET, measurement, diagnostics, path(measurement.eContainer()),
                ElementPaths.label(metric), number(actual) + unit, number(target) + unit,
                message(higherIsBetter ? "_UI_direction_higher" : "_UI_direction_lower"),
                ownerName(measurement.eContainer()));
    }

    // --- promises and values -------------------------------------------------------------------

    @Override
    public boolean validateBrandPromise_promiseUndelivered(BrandPromise promise, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!promise.getDeliveredBy().isEmpty()) {
            return true;
        }
        return report(Rule.PROMISE_UNDELIVERED, promise, diagnostics, ElementPaths.label(promise));
    }

    @Override
    public boolean validateBrandPromise_promiseUnmeasured(BrandPromise promise, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        // An undelivered promise is reported by promise-undelivered alone.
        if (promise.getDeliveredBy().isEmpty()
                || promise.getDeliveredBy().stream().anyMatch(t -> !t.getMeasurements().isEmpty())) {
            return true;
        }
        return report(Rule.PROMISE_UNMEASURED, promise, diagnostics, ElementPaths.label(promise),
                Integer.toString(promise.getDeliveredBy().size()));
    }

    @Override
    public boolean validateServiceValue_valueUnmeasured(ServiceValue value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (value.getMetrics().stream().anyMatch(m -> !m.getMeasurements().isEmpty())) {
            return true;
        }
        return report(Rule.VALUE_UNMEASURED, value, diagnostics, ElementPaths.label(value));
    }

    // --- departments and names -----------------------------------------------------------------

    @Override
    public boolean validateDepartment_departmentIdle(Department department, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!department.getOwnedTouchpoints().isEmpty() || !department.getSupportedTouchpoints().isEmpty()) {
            return true;
        }
        return report(Rule.DEPARTMENT_IDLE, department, diagnostics, ElementPaths.label(department));
    }

    @Override
    public boolean validateDepartment_departmentCycle(Department department, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        List<Department> cycle = ModelIndex.of(department, context).cycleThrough(department);
        if (cycle == null) {
            return true;
        }
        String chain = cycle.stream().map(ElementPaths::label).collect(Collectors.joining(" \u2192 "));
        return report(Rule.DEPARTMENT_CYCLE, department, diagnostics, ElementPaths.label(department), chain);
    }

    @Override
    public boolean validateDepartment_duplicateName(Department department, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return checkDuplicate(department, "department", diagnostics, context);
    }

    @Override
    public boolean validateMetric_duplicateName(Metric metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return checkDuplicate(metric, "metric", diagnostics, context);
    }

    @Override
    public boolean validateBrandPromise_duplicateName(BrandPromise promise, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return checkDuplicate(promise, "brand promise", diagnostics, context);
    }

    @Override
    public boolean validatePersona_duplicateName(Persona persona, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return checkDuplicate(persona, "persona", diagnostics, context);
    }

    // --- journeys, stages, pain points ---------------------------------------------------------

    @Override
    public boolean validateJourney_journeyPersona(Journey journey, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (journey.getPersona() != null) {
            return true;
        }
        return report(Rule.JOURNEY_PERSONA, journey, diagnostics, path(journey));
    }

    @Override
    public boolean validateJourney_journeyStages(Journey journey, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!journey.getStages().isEmpty()) {
            return true;
        }
        return report(Rule.JOURNEY_STAGES, journey, diagnostics, path(journey));
    }

    @Override
    public boolean validateStage_stageEmpty(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!stage.getTouchpoints().isEmpty()) {
            return true;
        }
        return report(Rule.STAGE_EMPTY, stage, diagnostics, path(stage));
    }

    @Override
    public boolean validateStage_emotionRange(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return checkEmotion(stage, stage.getEmotion(), diagnostics, context);
    }

    @Override
    public boolean validatePainPoint_painpointOwner(PainPoint painPoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (painPoint.getOwner() != null) {
            return true;
        }
        return report(Rule.PAINPOINT_OWNER, painPoint, diagnostics, path(painPoint));
    }

    // --- shared checks -------------------------------------------------------------------------

    private boolean checkEmotion(EObject element, Integer emotion, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (emotion == null) {
            return true;
        }
        ModelIndex index = ModelIndex.of(element, context);
        if (emotion >= index.emotionMin() && emotion <= index.emotionMax()) {
            return true;
        }
        return report(Rule.EMOTION_RANGE, element, diagnostics, path(element), signed(emotion),
                signed(index.emotionMin()), signed(index.emotionMax()));
    }

    private boolean checkDuplicate(EObject element, String kind, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!ModelIndex.of(element, context).isDuplicate(element)) {
            return true;
        }
        return report(Rule.DUPLICATE_NAME, element, diagnostics, capitalized(kind), ElementPaths.label(element), kind);
    }

    private boolean report(Rule rule, EObject element, DiagnosticChain diagnostics, Object... arguments) {
        return report(rule, "_UI_" + rule.id() + "_diagnostic", element, diagnostics, arguments);
    }

    private boolean report(Rule rule, String messageKey, EObject element, DiagnosticChain diagnostics,
            Object... arguments) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(rule.severity(), SOURCE, rule.code(), format(messageKey, arguments),
                    new Object[] { element }));
        }
        return false;
    }

    /**
     * Parsed message patterns, by message key: looking a pattern up and parsing it again for every
     * finding was a sixth of a validation.
     */
    private static final Map<String, java.text.MessageFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What {@code getResourceLocator().getString(key, arguments)} gives, with the parsed pattern reused. */
    private String format(String key, Object... arguments) {
        java.text.MessageFormat format = FORMATS.computeIfAbsent(key,
                k -> new java.text.MessageFormat(getResourceLocator().getString(k)));
        synchronized (format) {
            return format.format(arguments);
        }
    }

    private String message(String key) {
        return getResourceLocator().getString(key);
    }

    private static String path(EObject element) {
        return ElementPaths.path(element);
    }

    private String ownerName(EObject element) {
        Department owner = element instanceof Touchpoint t ? t.getOwner() : null;
        return owner == null ? message("_UI_unowned") : ElementPaths.label(owner);
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String bound(Double value, String open) {
        return value == null ? open : number(value);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
