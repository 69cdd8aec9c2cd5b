package dev.touchline.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Department;
import dev.touchline.model.Element;
import dev.touchline.model.util.ElementPaths;

/**
 * One gap found by validation: which rule, how serious, the message, the element, the department
 * accountable for it (if any) and every department it concerns.
 *
 * @param rule the rule that fired
 * @param severity its severity
 * @param message what is wrong and what to do, naming the element's path
 * @param element the element concerned
 * @param department the department accountable for the element, or null (a touchpoint with no owner)
 * @param departments the departments whose touchpoints (or selves) the finding concerns
 */
public record Finding(Rule rule, Severity severity, String message, EObject element, Department department,
        List<Department> departments) {

    /** The element's stable id, or null when it has none. */
    public String elementId() {
        return element instanceof Element e ? e.getId() : null;
    }

    /** The element's type, the name of its EClass ({@code Touchpoint}). */
    public String elementType() {
        return element.eClass().getName();
    }

    /** The element's label (its name, or for a measurement its metric). */
    public String elementName() {
        return ElementPaths.label(element);
    }

    /** The element's path, for example {@code Move house › Moving day › Crew arrives}. */
    public String elementPath() {
        return ElementPaths.path(element);
    }

    /**
     * The departments the finding concerns, as lists show them: "Sales, IT" (the owner and the
     * supporters concerned), or "No owner" when none is.
     */
    public String departmentNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Department d : departments) {
            names.add(d.getName() != null && !d.getName().isBlank() ? d.getName()
                    : d.getId() != null ? d.getId() : "Unnamed department");
        }
        return names.isEmpty() ? "No owner" : String.join(", ", names);
    }

    /** Whether this finding concerns the department with the given name (case-insensitive). */
    public boolean concerns(String departmentName) {
        for (Department d : departments) {
            if (d.getName() != null && d.getName().equalsIgnoreCase(departmentName.trim())) {
                return true;
            }
        }
        return false;
    }
}
