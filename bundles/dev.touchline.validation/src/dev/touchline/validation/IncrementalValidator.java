package dev.touchline.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;

/**
 * Keeps a model's findings up to date as it is edited, validating what each change can affect
 * instead of the whole model. It listens to the model (an {@link EContentAdapter}); after edits,
 * {@link #revalidate()} re-runs the rules of:
 * <ul>
 * <li>each changed element and its contents (findings name the owner of the touchpoint they sit
 * in, so a touchpoint's new owner changes its measurements' findings too), and its containers;</li>
 * <li>elements added to the model; elements removed from it lose their findings;</li>
 * <li>the measurements of a changed metric (their scale and direction come from it);</li>
 * <li>the model's departments, brand promises, service values, metrics and personas, whose rules
 * look across the model (idle departments, undelivered promises, duplicate names, cycles): a few
 * dozen elements; when they did not change themselves, their structural checks (which walk their
 * long inverse lists) are skipped, since nothing in their structure changed.</li>
 * </ul>
 * A change to the model element itself (say the emotion scale) revalidates everything. Every rule
 * looks at one element and its direct neighbours (see {@link TouchlineRules}), which is what makes
 * this sound; {@code IncrementalValidatorTest} checks it against full validation after random edits.
 * Not thread-safe: use it on the thread that edits the model.
 */
public final class IncrementalValidator {

    private final JourneyModel model;
    private final ModelValidator validator = new ModelValidator();
    private final Map<EObject, List<Finding>> findings = new LinkedHashMap<>();
    private final Set<EObject> dirty = new LinkedHashSet<>();
    private boolean everything;
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getNotifier() instanceof EObject changed) {
                changed(changed, notification);
            }
        }
    };

    private IncrementalValidator(JourneyModel model) {
        this.model = model;
    }

    /** Validates {@code model} fully and starts following its changes. */
    public static IncrementalValidator attach(JourneyModel model) {
        IncrementalValidator v = new IncrementalValidator(model);
        v.validateAll();
        model.eAdapters().add(v.listener);
        return v;
    }

    /**
     * Like {@link #attach}, for a model as {@code ModelFiles.load} returned it and not edited
     * since: the first validation skips the structural checks the loader already made
     * ({@link ModelValidator#validateLoaded}), about a third of the time of a full one.
     */
    public static IncrementalValidator attachLoaded(JourneyModel model) {
        IncrementalValidator v = new IncrementalValidator(model);
        v.record(v.validator.validateLoaded(model));
        model.eAdapters().add(v.listener);
        return v;
    }

    /** Stops following the model. */
    public void detach() {
        model.eAdapters().remove(listener);
    }

    /** Whether edits happened since the last {@link #revalidate()}. */
    public boolean isStale() {
        return everything || !dirty.isEmpty();
    }

    /** Brings the findings up to date with the edits made since the last call, and returns them. */
    public ValidationReport revalidate() {
        if (everything) {
            validateAll();
        } else if (!dirty.isEmpty()) {
            Map<Object, Object> context = validator.diagnostician.createDefaultContext();
            for (EObject element : dirty) {
                findings.remove(element);
                if (EcoreUtil.getRootContainer(element) == model) {
                    validateOne(element, context);
                }
            }
            for (EObject global : globals()) {
                if (!dirty.contains(global)) {
                    // unchanged itself: its cross-model rules again, not its structure
                    findings.remove(global);
                    context.put(TouchlineRules.SKIP_STRUCTURE, global);
                    validateOne(global, context);
                    context.remove(TouchlineRules.SKIP_STRUCTURE);
                }
            }
            dirty.clear();
        }
        return report();
    }

    /** The findings as of the last {@link #revalidate()}. */
    public ValidationReport report() {
        List<Finding> all = new ArrayList<>();
        for (List<Finding> list : findings.values()) {
            all.addAll(list);
        }
        return new ValidationReport(all);
    }

    private void validateAll() {
        record(validator.validate(model));
    }

    private void record(ValidationReport full) {
        findings.clear();
        for (Finding f : full.findings()) {
            findings.computeIfAbsent(f.element(), e -> new ArrayList<>(2)).add(f);
        }
        dirty.clear();
        everything = false;
    }

    private void validateOne(EObject element, Map<Object, Object> context) {
        BasicDiagnostic chain = new BasicDiagnostic();
        TouchlineRules.INSTANCE.validate(element.eClass(), element, chain, context);
        List<Finding> found = new ArrayList<>(2);
        ModelValidator.collect(chain, found);
        for (Finding f : found) {
            findings.computeIfAbsent(f.element(), e -> new ArrayList<>(2)).add(f);
        }
    }

    private void changed(EObject changed, Notification n) {
        if (everything) {
            return;
        }
        boolean reference = n.getFeature() instanceof EReference;
        boolean containment = reference && ((EReference) n.getFeature()).isContainment();
        if (changed == model && !containment || isShared(changed) && !reference && !(changed instanceof Metric)) {
            // the model's settings, or the name of an element that messages and paths elsewhere
            // mention (a department, a channel...): rare edits, validated in full
            everything = true;
            return;
        }
        if (reference) {
            // containment: the container's own rules, whatever was added or removed, and what
            // that refers to; other references: also both ends (an owner's idle rule...)
            dirty.add(changed);
            addTree(n.getOldValue());
            addTree(n.getNewValue());
            if (containment) {
                addReferenced(n.getOldValue());
                addReferenced(n.getNewValue());
            }
            if (!containment && !isShared(changed)) {
                addTree(changed);
            }
        } else {
            addTree(changed);
            if (changed instanceof Metric metric) {
                dirty.addAll(metric.getMeasurements());
            }
        }
        for (EObject c = changed.eContainer(); c != null && c != model; c = c.eContainer()) {
            dirty.add(c);
        }
    }

    /** Elements of the model's shared lists, which many others refer to by name. */
    private boolean isShared(EObject element) {
        return element.eContainer() == model && !(element instanceof dev.touchline.model.Journey);
    }

    /** {@code value} (an element or a collection of them, as notifications carry) and all it contains. */
    private void addTree(Object value) {
        if (value instanceof EObject e) {
            dirty.add(e);
            for (Iterator<EObject> it = e.eAllContents(); it.hasNext();) {
                dirty.add(it.next());
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::addTree);
        }
    }

    /** What the elements of {@code value}'s trees refer to (their structure checks involve the other end). */
    private void addReferenced(Object value) {
        if (value instanceof EObject e) {
            dirty.addAll(e.eCrossReferences());
            for (Iterator<EObject> it = e.eAllContents(); it.hasNext();) {
                dirty.addAll(it.next().eCrossReferences());
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::addReferenced);
        }
    }

    /** The elements whose rules look across the model: a few dozen. */
    private List<EObject> globals() {
        List<EObject> globals = new ArrayList<>();
        globals.addAll(model.getDepartments());
        globals.addAll(model.getBrandPromises());
        globals.addAll(model.getServiceValues());
        globals.addAll(model.getMetrics());
        globals.addAll(model.getPersonas());
        return globals;
    }
}
