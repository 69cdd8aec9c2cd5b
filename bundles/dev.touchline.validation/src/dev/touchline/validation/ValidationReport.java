package dev.touchline.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings of one validation run, in model order. */
public final class ValidationReport {

    private final List<Finding> findings;

    public ValidationReport(List<Finding> findings) {
        this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The findings that concern the named department (case-insensitive). */
    public ValidationReport forDepartment(String departmentName) {
        return new ValidationReport(findings.stream().filter(f -> f.concerns(departmentName)).toList());
    }

    /** How many findings of each severity. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** Whether any finding is at or above the given severity. */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
    }
}
