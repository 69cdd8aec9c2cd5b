package dev.touchline.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Department;
import dev.touchline.model.Opportunity;
import dev.touchline.model.PainPoint;
import dev.touchline.model.Touchpoint;

/**
 * Which departments an element concerns: a department concerns itself; a pain point or an
 * opportunity concerns its own owner; a touchpoint, and everything inside it, concerns the
 * touchpoint's owner and supporters. The accountable department comes first.
 */
public final class Concerns {

    private Concerns() {
    }

    /**
     * The department accountable for {@code element}: the department itself, the owner of a pain
     * point or opportunity, else the owner of the touchpoint it is in; null when there is none.
     */
    public static Department accountableFor(EObject element) {
        if (element instanceof Department d) {
            return d;
        }
        if (element instanceof PainPoint p && p.getOwner() != null) {
            return p.getOwner();
        }
        if (element instanceof Opportunity o && o.getOwner() != null) {
            return o.getOwner();
        }
        Touchpoint touchpoint = touchpointOf(element);
        return touchpoint == null ? null : touchpoint.getOwner();
    }

    /** The departments {@code element} concerns, the accountable one first; empty when none. */
    public static List<Department> departmentsOf(EObject element) {
        if (element instanceof Department d) {
            return List.of(d);
        }
        // a handful at most: a list with a look-up is cheaper than a set (this runs for every finding)
        List<Department> departments = new ArrayList<>(4);
        if (element instanceof PainPoint p && p.getOwner() != null) {
            departments.add(p.getOwner());
        } else if (element instanceof Opportunity o && o.getOwner() != null) {
            departments.add(o.getOwner());
        }
        Touchpoint touchpoint = touchpointOf(element);
        if (touchpoint != null) {
            addOnce(departments, touchpoint.getOwner());
            for (Department supporter : touchpoint.getSupporters()) {
                addOnce(departments, supporter);
            }
        }
        return Collections.unmodifiableList(departments);
    }

    private static void addOnce(List<Department> departments, Department department) {
        if (department != null && !departments.contains(department)) {
            departments.add(department);
        }
    }

    private static Touchpoint touchpointOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Touchpoint t) {
                return t;
            }
        }
        return null;
    }
}
