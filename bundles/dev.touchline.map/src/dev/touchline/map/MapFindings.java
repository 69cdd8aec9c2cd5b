package dev.touchline.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Department;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;
import dev.touchline.validation.ValidationReport;

/**
 * A validation report indexed for the map: the findings on each element, and the badges each
 * touchpoint card carries. Badges come from the findings, so the map and the Problems list always
 * agree.
 */
public final class MapFindings {

    /** No findings at all (before the first validation has run). */
    public static final MapFindings NONE = new MapFindings(new ValidationReport(List.of()));

    private final ValidationReport report;
    private final Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
    private final Map<Department, List<Finding>> byDepartment = new IdentityHashMap<>();

    public MapFindings(ValidationReport report) {
        this.report = report;
        for (Finding finding : report.findings()) {
            if (finding.element() != null) {
                byElement.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(finding);
            }
            for (Department department : finding.departments()) {
                byDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(finding);
            }
        }
    }

    public ValidationReport report() {
        return report;
    }

    /** The findings reported on this element itself. */
    public List<Finding> on(EObject element) {
        return byElement.getOrDefault(element, Collections.emptyList());
    }

    /** The findings that concern the department (its touchpoints, their content, itself), report order. */
    public List<Finding> concerning(Department department) {
        return byDepartment.getOrDefault(department, Collections.emptyList());
    }

    /** The findings on this element and everything it contains (a touchpoint and its measurements). */
    public List<Finding> within(EObject element) {
        List<Finding> result = new ArrayList<>(on(element));
        for (EObject child : element.eContents()) {
            result.addAll(on(child));
        }
        return result;
    }

    /** The badges of a touchpoint card, in {@link Badge} order. */
    public Set<Badge> badges(Touchpoint touchpoint) {
        EnumSet<Badge> badges = EnumSet.noneOf(Badge.class);
        if (touchpoint.isMomentOfTruth()) {
            badges.add(Badge.MOMENT_OF_TRUTH);
        }
        for (Finding finding : within(touchpoint)) {
            Rule rule = finding.rule();
            if (rule == Rule.TOUCHPOINT_OWNER) {
                badges.add(Badge.NO_OWNER);
            } else if (rule == Rule.TOUCHPOINT_METRIC) {
                badges.add(Badge.NO_MEASUREMENT);
            } else if (rule == Rule.MEASUREMENT_OFF_TARGET) {
                badges.add(Badge.OFF_TARGET);
            }
        }
        return badges;
    }
}
