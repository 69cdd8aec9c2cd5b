package dev.touchline.model.util;

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
        if (element == null || element instanceof JourneyModel) {
            return label(element);
        }
        StringBuilder path = new StringBuilder(64);
        appendPath(path, element);
        return path.toString();
    }

    private static void appendPath(StringBuilder path, EObject element) {
        EObject container = element.eContainer();
        if (container != null && !(container instanceof JourneyModel)) {
            appendPath(path, container);
            path.append(SEPARATOR);
        }
        path.append(label(element));
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
