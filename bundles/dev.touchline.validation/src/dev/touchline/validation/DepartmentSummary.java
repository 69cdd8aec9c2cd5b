package dev.touchline.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Touchpoint;

/**
 * What one department contributes to the journeys and how it is doing: the numbers a department
 * head asks for first.
 *
 * @param department the department
 * @param owned touchpoints it is accountable for
 * @param supported touchpoints it supports
 * @param measured owned touchpoints with at least one measurement
 * @param findings findings that concern it
 */
public record DepartmentSummary(Department department, int owned, int supported, int measured, int findings) {

    /** One summary per department of the model, in model order. */
    public static List<DepartmentSummary> of(JourneyModel model, ValidationReport report) {
        Map<Department, Integer> findings = new IdentityHashMap<>();
        for (Finding f : report.findings()) {
            for (Department d : f.departments()) {
                findings.merge(d, 1, Integer::sum);
            }
        }
        List<DepartmentSummary> result = new ArrayList<>();
        for (Department d : model.getDepartments()) {
            int measured = 0;
            for (Touchpoint t : d.getOwnedTouchpoints()) {
                if (!t.getMeasurements().isEmpty()) {
                    measured++;
                }
            }
            result.add(new DepartmentSummary(d, d.getOwnedTouchpoints().size(), d.getSupportedTouchpoints().size(),
                    measured, findings.getOrDefault(d, 0)));
        }
        return result;
    }
}
