package dev.touchline.model.util;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.NamedElement;

/**
 * Human-readable locations of elements, as people say them in a workshop:
 * {@code Move house › Moving day › Crew arrives}.
 */
public final class ElementPaths {

    /** Separates the steps of a path. */
    public static final String SEPARATOR = " \u203a ";

    private ElementPaths() {
    }

    /** The path from the journey (or top-level element) down to {@code element}. */
    public static String path(EObject element) {
        Deque<String> steps = new ArrayDeque<>();
        for (EObject e = element; e != null && !(e instanceof JourneyModel); e = e.eContainer()) {
            steps.addFirst(label(e));
        }
        return steps.isEmpty() ? label(element) : String.join(SEPARATOR, steps);
    }

    /** A short label: the name, or for a measurement the name of its metric. */
    public static String label(EObject element) {
        if (element instanceof NamedElement named) {
            String name = named.getName();
            return name == null || name.isBlank() ? "(unnamed " + element.eClass().getName() + ")" : name;
        }
        if (element instanceof Measurement m) {
            return m.getMetric() == null ? "(measurement of no metric)" : label(m.getMetric()) + " measurement";
        }
        return element.eClass().getName();
    }
}
