package dev.touchline.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.NamedElement;

/**
 * Facts about a whole model that rules on single elements need (duplicate names, departments on
 * parent cycles), computed once per validation run in O(n) and kept in the validation context.
 */
public final class ModelIndex {

    private static final Object KEY = ModelIndex.class;

    private final Set<EObject> duplicates = new HashSet<>();
    private final Map<Department, List<Department>> cycles = new IdentityHashMap<>();
    private final int emotionMin;
    private final int emotionMax;

    private ModelIndex(EObject root) {
        if (root instanceof JourneyModel model) {
            emotionMin = model.getEmotionMin();
            emotionMax = model.getEmotionMax();
            collectDuplicates(model.getDepartments());
            collectDuplicates(model.getMetrics());
            collectDuplicates(model.getBrandPromises());
            collectDuplicates(model.getPersonas());
            collectCycles(model.getDepartments());
        } else {
            emotionMin = -2;
            emotionMax = 2;
        }
    }

    /**
     * A context (with the entries of {@code context}) for a run in which every element validated is
     * inside {@code root}, so {@link #of} need not walk up from each element to find its model nor
     * look the index up in the map: together those were a fifth of a validation.
     */
    public static Map<Object, Object> wholeRun(EObject root, Map<Object, Object> context) {
        return new WholeRun(context, of(root, null));
    }

    private static final class WholeRun extends HashMap<Object, Object> {

        private static final long serialVersionUID = 1L;

        final transient ModelIndex index;

        WholeRun(Map<Object, Object> context, ModelIndex index) {
            super(context);
            this.index = index;
        }
    }

    /** The index of the model that contains {@code element}, built on first use in this run. */
    public static ModelIndex of(EObject element, Map<Object, Object> context) {
        if (context instanceof WholeRun run) {
            return run.index;
        }
        EObject root = EcoreUtil.getRootContainer(element);
        if (context == null) {
            return new ModelIndex(root);
        }
        @SuppressWarnings("unchecked")
        Map<EObject, ModelIndex> byRoot = (Map<EObject, ModelIndex>) context.computeIfAbsent(KEY, k -> new IdentityHashMap<>());
        return byRoot.computeIfAbsent(root, ModelIndex::new);
    }

    /** Whether an earlier element of the same kind has the same name. */
    public boolean isDuplicate(EObject element) {
        return duplicates.contains(element);
    }

    /** The cycle through {@code department} (starting and ending with it), or null when there is none. */
    public List<Department> cycleThrough(Department department) {
        return cycles.get(department);
    }

    public int emotionMin() {
        return emotionMin;
    }

    public int emotionMax() {
        return emotionMax;
    }

    private void collectDuplicates(List<? extends NamedElement> elements) {
        Set<String> seen = new HashSet<>();
        for (NamedElement e : elements) {
            String name = e.getName() == null ? "" : e.getName().strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !seen.add(name)) {
                duplicates.add(e);
            }
        }
    }

    /** Marks every department on a parent cycle; each department is walked once. */
    private void collectCycles(List<Department> departments) {
        Map<Department, Integer> state = new IdentityHashMap<>(); // absent: new, 1: on the current walk, 2: done
        for (Department start : departments) {
            List<Department> walk = new ArrayList<>();
            Department current = start;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                walk.add(current);
                current = current.getParent();
            }
            if (current != null && state.get(current) == 1) {
                List<Department> cycle = walk.subList(walk.indexOf(current), walk.size());
                for (int i = 0; i < cycle.size(); i++) {
                    List<Department> from = new ArrayList<>(cycle.subList(i, cycle.size()));
                    from.addAll(cycle.subList(0, i + 1));
                    cycles.put(cycle.get(i), from);
                }
            }
            for (Department d : walk) {
                state.put(d, 2);
            }
        }
    }
}
