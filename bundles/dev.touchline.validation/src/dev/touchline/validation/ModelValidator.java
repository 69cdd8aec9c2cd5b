package dev.touchline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import dev.touchline.model.TouchlinePackage;
import dev.touchline.validation.internal.ContentWalk;
import dev.touchline.validation.internal.ModelIndex;

/**
 * Validates journey models with Touchline's rules (an EMF {@link EValidator}, run element by
 * element as {@link Diagnostician} would, see {@link #validate(EObject, TouchlineRules)}), and
 * turns the diagnostics into {@link Finding}s. Uses its own validator registry, so it neither
 * depends on nor changes the global one.
 */
public final class ModelValidator {

    final Diagnostician diagnostician;

    public ModelValidator() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(TouchlinePackage.eINSTANCE, TouchlineRules.INSTANCE);
        diagnostician = new Diagnostician(registry);
    }

    /** Validates {@code root} and everything it contains. */
    public ValidationReport validate(EObject root) {
        return validate(root, TouchlineRules.INSTANCE);
    }

    /**
     * Validates a model as {@code ModelFiles.load} returned it, before any edit: the loader has
     * already refused what EMF's structural constraints look for (unresolved references, links to
     * other documents, duplicate ids), so only Touchline's rules run. Same findings as
     * {@link #validate}, in less time.
     */
    public ValidationReport validateLoaded(EObject root) {
        return validate(root, TouchlineRules.LOADED);
    }

    /**
     * What {@link Diagnostician#validate(EObject, Map)} does with this validator's registry (each
     * element's rules, then its contents'), without its generic tree iterator and per-element
     * registry look-ups.
     */
    private ValidationReport validate(EObject root, TouchlineRules rules) {
        Map<Object, Object> context = ModelIndex.wholeRun(root, diagnostician.createDefaultContext());
        FindingChain findings = new FindingChain();
        ContentWalk.forEach(root, element -> rules.validate(element.eClass(), element, findings, context));
        return new ValidationReport(findings.findings);
    }

    /**
     * Turns each diagnostic into a finding as a rule reports it, while its element is at hand,
     * instead of keeping a tree of diagnostics and walking it afterwards: that second walk was a
     * fifth of a validation.
     */
    private static final class FindingChain implements DiagnosticChain {

        final List<Finding> findings = new ArrayList<>();

        @Override
        public void add(Diagnostic diagnostic) {
            Finding finding = toFinding(diagnostic);
            if (finding != null) {
                findings.add(finding);
            }
            collect(diagnostic, findings);
        }

        @Override
        public void addAll(Diagnostic diagnostic) {
            collect(diagnostic, findings);
        }

        @Override
        public void merge(Diagnostic diagnostic) {
            if (diagnostic.getChildren().isEmpty()) {
                add(diagnostic);
            } else {
                addAll(diagnostic);
            }
        }
    }

    static void collect(Diagnostic diagnostic, List<Finding> findings) {
        for (Diagnostic child : diagnostic.getChildren()) {
            Finding finding = toFinding(child);
            if (finding != null) {
                findings.add(finding);
            }
            collect(child, findings);
        }
    }

    static Finding toFinding(Diagnostic d) {
        Severity severity = Severity.of(d.getSeverity());
        List<?> data = d.getData();
        if (severity == null || data.isEmpty() || !(data.get(0) instanceof EObject element)) {
            return null;
        }
        Rule rule = TouchlineRules.SOURCE.equals(d.getSource()) ? Rule.byCode(d.getCode()) : Rule.MODEL_INTEGRITY;
        if (rule == null) {
            return null;
        }
        return new Finding(rule, severity, d.getMessage(), element, Concerns.accountableFor(element),
                Concerns.departmentsOf(element));
    }
}
