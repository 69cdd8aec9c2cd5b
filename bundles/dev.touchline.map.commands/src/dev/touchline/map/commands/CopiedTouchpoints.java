package dev.touchline.map.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.Touchpoint;

/**
 * Touchpoints as they were when copied: detached copies of the touchpoints (with their
 * measurements and everything else they contain) and of the elements they refer to (owner,
 * supporters, promises, channel, metrics), linked to each other. Later edits of the model they came
 * from (a rename, a delete, closing its editor) do not change what is pasted. A paste binds the
 * referred elements to the target model's elements by id ({@link JourneyMapCommands#paste}).
 */
public final class CopiedTouchpoints {

    /** Nothing copied. */
    public static final CopiedTouchpoints NONE = new CopiedTouchpoints(List.of());

    private final List<Touchpoint> touchpoints;

    private CopiedTouchpoints(List<Touchpoint> touchpoints) {
        this.touchpoints = touchpoints;
    }

    /** A snapshot of {@code originals} and the elements they refer to. */
    public static CopiedTouchpoints of(Collection<Touchpoint> originals) {
        if (originals.isEmpty()) {
            return NONE;
        }
        Set<EObject> closure = new LinkedHashSet<>(originals);
        for (EObject element : List.copyOf(closure)) {
            addReferenced(element, closure);
            element.eAllContents().forEachRemaining(child -> addReferenced(child, closure));
        }
        // References to elements outside the closure are left out, not kept as links into the model.
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        copier.copyAll(closure);
        copier.copyReferences();
        List<Touchpoint> copies = new ArrayList<>();
        for (Touchpoint original : originals) {
            copies.add((Touchpoint) copier.get(original));
        }
        return new CopiedTouchpoints(List.copyOf(copies));
    }

    private static void addReferenced(EObject element, Set<EObject> closure) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (JourneyMapCommands.isStoredCrossReference(reference) && element.eIsSet(reference)) {
                Object value = element.eGet(reference);
                if (value instanceof Collection<?> values) {
                    values.forEach(v -> closure.add((EObject) v));
                } else {
                    closure.add((EObject) value);
                }
            }
        }
    }

    /** The copied touchpoints (detached; never put them into a model, paste copies them again). */
    List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    public boolean isEmpty() {
        return touchpoints.isEmpty();
    }

    public int size() {
        return touchpoints.size();
    }
}
