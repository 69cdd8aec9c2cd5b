package dev.touchline.departments;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;
import dev.touchline.validation.Targets;

/**
 * The figures a department head asks for first, defined once and computed in one place for every
 * view that shows them: the department lens, the Departments view, the heatmap, the handouts and
 * {@code touchline stats}. Each set of figures says its {@link Scope} (the whole model, one
 * journey or one stage), so a screen can say what it counts.
 *
 * <ul>
 * <li><b>owned</b>: touchpoints in the scope the department is accountable for;</li>
 * <li><b>supported</b>: touchpoints in the scope it supports (owned by another department or by
 * nobody);</li>
 * <li><b>measured</b>: owned touchpoints with at least one measurement; <b>on/off target</b>: the
 * measurements of owned touchpoints whose actual meets or misses the target;</li>
 * <li><b>promises</b>: brand promises delivered by the touchpoints it owns or supports;</li>
 * <li><b>findings</b>: validation findings that concern the department (on touchpoints it owns or
 * supports, their content, or the department itself), within the scope; findings on the
 * department itself count for the model and for every journey, not for a single stage;</li>
 * <li><b>health</b>: {@link Health#POOR} with any error among those findings,
 * {@link Health#WATCH} with a warning or a measurement off target, {@link Health#GOOD}
 * otherwise, {@link Health#NONE} when it owns and supports nothing in the scope and no error
 * or warning concerns it (an idle department's note is not "on track"). So a department with
 * errors is never "on track".</li>
 * </ul>
 *
 * @param department the department, or {@code null} for the touchpoints nobody owns
 * @param scope what is counted
 * @param owned owned touchpoints, model order (for {@code null}: the touchpoints with no owner)
 * @param supported supported touchpoints, model order
 * @param measured owned touchpoints with at least one measurement
 * @param onTarget measurements of owned touchpoints that meet their target
 * @param offTarget measurements of owned touchpoints that miss it
 * @param promises brand promises its owned and supported touchpoints deliver, first seen first
 * @param findings the findings that concern it, report order
 * @param errors how many of them are errors
 * @param warnings how many are warnings
 * @param health the traffic light
 */
public record DepartmentFigures(Department department, Scope scope, List<Touchpoint> owned,
        List<Touchpoint> supported, int measured, int onTarget, int offTarget, List<BrandPromise> promises,
        List<Finding> findings, int errors, int warnings, Health health) {

    /** Owned touchpoints without any measurement. */
    public int unmeasured() {
        return owned.size() - measured;
    }

    /**
     * What a set of figures counts: everything under {@code root} (a model, a journey or a stage).
     *
     * @param root the model, journey or stage
     * @param label how screens name the scope ("all journeys", "journey Move house")
     */
    public record Scope(EObject root, String label) {

        public static Scope model(JourneyModel model) {
            return new Scope(model, "all journeys");
        }

        public static Scope journey(Journey journey) {
            return new Scope(journey, "journey " + ElementPaths.label(journey));
        }

        public static Scope stage(Stage stage) {
            return new Scope(stage, "stage " + ElementPaths.label(stage));
        }

        /** Whether the element lies in the scope. */
        public boolean contains(EObject element) {
            for (EObject e = element; e != null; e = e.eContainer()) {
                if (e == root) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a finding on this element counts in the scope. */
        boolean counts(EObject element) {
            if (contains(element)) {
                return true;
            }
            // Findings outside every journey (on the department itself, say) concern all of its
            // journeys, but no single stage.
            return !(root instanceof Stage) && journeyOf(element) == null && modelOf(root) == modelOf(element);
        }

        List<Touchpoint> touchpoints() {
            List<Touchpoint> result = new ArrayList<>();
            if (root instanceof JourneyModel model) {
                model.getJourneys().forEach(j -> j.getStages().forEach(s -> result.addAll(s.getTouchpoints())));
            } else if (root instanceof Journey journey) {
                journey.getStages().forEach(s -> result.addAll(s.getTouchpoints()));
            } else if (root instanceof Stage stage) {
                result.addAll(stage.getTouchpoints());
            }
            return result;
        }

        private static Journey journeyOf(EObject element) {
            for (EObject e = element; e != null; e = e.eContainer()) {
                if (e instanceof Journey journey) {
                    return journey;
                }
            }
            return null;
        }

        private static EObject modelOf(EObject element) {
            EObject e = element;
            while (e != null && e.eContainer() != null) {
                e = e.eContainer();
            }
            return e;
        }
    }

    /** The figures of one department in the scope. */
    public static DepartmentFigures of(Department department, Scope scope, FindingIndex findings) {
        java.util.Objects.requireNonNull(department, "the touchpoints nobody owns: use unowned()");
        return compute(List.of(department), scope, findings).get(0);
    }

    /** The figures of every department of the model in the scope, model order. */
    public static List<DepartmentFigures> all(JourneyModel model, Scope scope, FindingIndex findings) {
        return compute(model.getDepartments(), scope, findings);
    }

    /** The figures of the touchpoints nobody owns in the scope (department {@code null}). */
    public static DepartmentFigures unowned(Scope scope, FindingIndex findings) {
        List<Touchpoint> owned = new ArrayList<>();
        List<Finding> concerning = new ArrayList<>();
        for (Touchpoint touchpoint : scope.touchpoints()) {
            if (touchpoint.getOwner() == null) {
                owned.add(touchpoint);
                concerning.addAll(findings.within(touchpoint));
            }
        }
        return figures(null, scope, owned, List.of(), concerning);
    }

    private static List<DepartmentFigures> compute(List<Department> departments, Scope scope, FindingIndex findings) {
        Map<Department, List<Touchpoint>> owned = new IdentityHashMap<>();
        Map<Department, List<Touchpoint>> supported = new IdentityHashMap<>();
        for (Department d : departments) {
            owned.put(d, new ArrayList<>());
            supported.put(d, new ArrayList<>());
        }
        for (Touchpoint touchpoint : scope.touchpoints()) {
            List<Touchpoint> list = owned.get(touchpoint.getOwner());
            if (list != null) {
                list.add(touchpoint);
            }
            for (Department supporter : touchpoint.getSupporters()) {
                List<Touchpoint> s = supported.get(supporter);
                if (s != null && touchpoint.getOwner() != supporter) {
                    s.add(touchpoint);
                }
            }
        }
        List<DepartmentFigures> result = new ArrayList<>(departments.size());
        for (Department d : departments) {
            List<Finding> concerning = new ArrayList<>();
            for (Finding finding : findings.concerning(d)) {
                if (finding.element() != null && scope.counts(finding.element())) {
                    concerning.add(finding);
                }
            }
            result.add(figures(d, scope, owned.get(d), supported.get(d), concerning));
        }
        return result;
    }

    private static DepartmentFigures figures(Department department, Scope scope, List<Touchpoint> owned,
            List<Touchpoint> supported, List<Finding> concerning) {
        int measured = 0;
        int onTarget = 0;
        int offTarget = 0;
        Set<BrandPromise> promises = new LinkedHashSet<>();
        for (Touchpoint touchpoint : owned) {
            if (!touchpoint.getMeasurements().isEmpty()) {
                measured++;
            }
            for (Measurement measurement : touchpoint.getMeasurements()) {
                Targets.Status status = Targets.status(measurement);
                if (status == Targets.Status.ON_TARGET) {
                    onTarget++;
                } else if (status == Targets.Status.OFF_TARGET) {
                    offTarget++;
                }
            }
            promises.addAll(touchpoint.getPromises());
        }
        for (Touchpoint touchpoint : supported) {
            promises.addAll(touchpoint.getPromises());
        }
        int errors = 0;
        int warnings = 0;
        for (Finding finding : concerning) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        Health health = owned.isEmpty() && supported.isEmpty() && errors == 0 && warnings == 0 ? Health.NONE
                : errors > 0 ? Health.POOR
                : warnings > 0 || offTarget > 0 ? Health.WATCH
                : Health.GOOD;
        return new DepartmentFigures(department, scope, List.copyOf(owned), List.copyOf(supported), measured,
                onTarget, offTarget, List.copyOf(promises), List.copyOf(concerning), errors, warnings, health);
    }
}
