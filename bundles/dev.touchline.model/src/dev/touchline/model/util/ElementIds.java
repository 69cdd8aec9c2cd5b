package dev.touchline.model.util;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.Element;

/**
 * Gives elements their stable ids. An id is a short prefix naming the kind of element
 * ({@code tp} for a touchpoint, {@code dep} for a department...) and a random part, so ids read
 * well in diffs and spreadsheets and never collide when maps are merged.
 */
public final class ElementIds {

    private ElementIds() {
    }

    /**
     * Assigns a fresh id (from the {@link IdSource} of {@code root}'s model) to every element below
     * (and including) {@code root} that has none.
     */
    public static int assignMissing(EObject root) {
        Set<String> used = new HashSet<>();
        int missing = 0;
        for (Iterator<EObject> it = allOf(root); it.hasNext();) {
            if (it.next() instanceof Element e) {
                if (e.getId() == null || e.getId().isBlank()) {
                    missing++;
                } else {
                    used.add(e.getId());
                }
            }
        }
        if (missing == 0) {
            return 0;
        }
        IdSource source = IdSource.of(root);
        for (Iterator<EObject> it = allOf(root); it.hasNext();) {
            if (it.next() instanceof Element e && (e.getId() == null || e.getId().isBlank())) {
                String id;
                do {
                    id = newId(e.eClass(), source);
                } while (!used.add(id));
                e.setId(id);
            }
        }
        return missing;
    }

    /**
     * A new id for an element of the given class that will live in {@code where}'s model (the
     * container it is added to, or any element of that model): its random part comes from that
     * model's {@link IdSource}.
     */
    public static String newId(EClass eClass, EObject where) {
        return newId(eClass, IdSource.of(where));
    }

    private static String newId(EClass eClass, IdSource source) {
        return prefix(eClass) + "-" + source.next();
    }

    /** The short prefix of ids of the given class: its capitals, lower-cased ({@code BrandPromise} → {@code bp}). */
    public static String prefix(EClass eClass) {
        StringBuilder prefix = new StringBuilder();
        for (char c : eClass.getName().toCharArray()) {
            if (Character.isUpperCase(c)) {
                prefix.append(c);
            }
        }
        String p = prefix.toString().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "t" -> "tp";
            case "d" -> "dep";
            case "m" -> eClass.getName().equals("Metric") ? "met" : "ms";
            case "s" -> "st";
            case "j" -> "jr";
            case "p" -> "per";
            case "c" -> "ch";
            case "o" -> "opp";
            default -> p;
        };
    }

    /**
     * What keeps {@code id} from being referred to in a model file, or {@code null} when it can
     * be. References are written as ids separated by spaces, and EMF reads an id with {@code #},
     * {@code /}, {@code ?} or {@code :} as a link to another document; so an id with white space,
     * one of those characters or a control character (or an empty one) would be saved in a file
     * that does not load again. Every way into a model checks ids with this: the loaders, the
     * save, the Properties view.
     */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return "contains a space (references list ids separated by spaces)";
            }
            if (c == '#' || c == '/' || c == '?' || c == ':') {
                return "contains '" + c + "' (a reference with it reads as a link to another document)";
            }
            if (Character.isISOControl(c)) {
                return "contains a control character";
            }
        }
        return null;
    }

    /** Whether {@code id} can be referred to in a model file ({@link #problem} has nothing to say). */
    public static boolean isValid(String id) {
        return problem(id) == null;
    }

    /** {@code root} and everything it contains. */
    private static Iterator<EObject> allOf(EObject root) {
        return EcoreUtil.getAllContents(List.of(root));
    }
}
