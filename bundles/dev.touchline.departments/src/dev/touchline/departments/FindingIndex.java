package dev.touchline.departments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Department;
import dev.touchline.validation.Finding;
import dev.touchline.validation.ValidationReport;

/**
 * A validation report indexed for the views that show it: the findings on each element and the
 * findings that concern each department. The map's badges, the department figures and the Problems
 * list all read one index, so they always agree.
 */
public final class FindingIndex {

    /** No findings at all (before the first validation has run). */
    public static final FindingIndex NONE = new FindingIndex(new ValidationReport(List.of()));

    private final ValidationReport report;
    private final Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
    private final Map<Department, List<Finding>> byDepartment = new IdentityHashMap<>();

    public FindingIndex(ValidationReport report) {
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
}
