package dev.touchline.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The findings of one validation run ({@link #errorsFirst()} in the order lists show them). */
public final class ValidationReport {

    private final List<Finding> findings;

    public ValidationReport(List<Finding> findings) {
        this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings as every list shows them (Problems, the command line, the gaps page): errors
     * first, then warnings, then the rest; within a severity in the order of their elements in the
     * model (as the file lists them), then by rule and message. An incremental revalidation leaves findings
     * in the order they were found again; this order does not depend on it.
     */
    public List<Finding> errorsFirst() {
        Map<EObject, List<Integer>> positions = new HashMap<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparing(f -> positions.computeIfAbsent(f.element(), ValidationReport::position), ValidationReport::compare)
                .thenComparing(Finding::rule).thenComparing(Finding::message));
        return sorted;
    }

    /** Where an element is in the model: for each level down from the root, the feature and the index in it. */
    private static List<Integer> position(EObject element) {
        List<Integer> path = new ArrayList<>();
        for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
            EStructuralFeature feature = e.eContainingFeature();
            int index = feature.isMany() ? ((List<?>) e.eContainer().eGet(feature)).indexOf(e) : 0;
            path.add(0, index);
            path.add(0, e.eContainer().eClass().getFeatureID(feature));
        }
        return path;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size()); // a container before what it contains
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
