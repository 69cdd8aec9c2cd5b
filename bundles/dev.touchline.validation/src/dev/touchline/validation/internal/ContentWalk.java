package dev.touchline.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * Visits an element and everything it contains, in the order of {@link EObject#eAllContents()}
 * (an element, then the contents of each containment feature in feature order). EMF's generic
 * tree iterator asks every feature of every element whether it is set and allocates an iterator
 * per element. This walks the containment lists of each class, found once, by index; most of
 * its time is reading the elements from memory.
 */
public final class ContentWalk {

    private static final Map<EClass, int[]> CONTAINMENTS = new ConcurrentHashMap<>();

    private ContentWalk() {
    }

    /** Calls {@code visit} for {@code root} and each element below it, parents before their contents. */
    public static void forEach(EObject root, Consumer<EObject> visit) {
        new Walk(visit).visit(root);
    }

    /** One walk: remembers the last class's containments, as siblings are mostly of one class. */
    private static final class Walk {

        private final Consumer<EObject> action;
        private EClass lastClass;
        private int[] lastContainments;

        Walk(Consumer<EObject> action) {
            this.action = action;
        }

        private int[] containmentsOf(EClass eClass) {
            if (eClass != lastClass) {
                lastContainments = CONTAINMENTS.computeIfAbsent(eClass, ContentWalk::containments);
                lastClass = eClass;
            }
            return lastContainments;
        }

        void visit(EObject root) {
            action.accept(root);
            InternalEObject element = (InternalEObject) root;
            for (int featureId : containmentsOf(root.eClass())) {
                // asked first so that the walk does not create the empty lists EMF makes on demand
                if (!element.eIsSet(featureId)) {
                    continue;
                }
                Object value = element.eGet(featureId, false, true);
                if (value instanceof List<?> list) {
                    for (int i = 0, n = list.size(); i < n; i++) {
                        visit((EObject) list.get(i));
                    }
                } else if (value != null) {
                    visit((EObject) value);
                }
            }
        }
    }

    private static int[] containments(EClass eClass) {
        List<EReference> containments = eClass.getEAllContainments();
        int[] ids = new int[containments.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = eClass.getFeatureID(containments.get(i));
        }
        return ids;
    }
}
