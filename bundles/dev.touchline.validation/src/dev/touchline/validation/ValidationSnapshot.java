package dev.touchline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.util.TouchlineResourceFactory;

/**
 * Validation off the UI thread while the user goes on editing: {@link #take} copies the model
 * (fast, on the thread that owns it), {@link #validate} checks the copy on any thread and reports
 * findings on the live elements the copy was made from. A finding on an element deleted meanwhile
 * still names it; the next run drops it.
 */
public final class ValidationSnapshot {

    private final JourneyModel copy;
    private final Map<EObject, EObject> originals = new java.util.IdentityHashMap<>();

    private ValidationSnapshot(JourneyModel model) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        copy = (JourneyModel) copier.copy(model);
        copier.copyReferences();
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            originals.put(entry.getValue(), entry.getKey());
        }
        Resource resource = new TouchlineResourceFactory().createResource(URI.createURI("snapshot:/model.touchline"));
        resource.getContents().add(copy);
    }

    /** Copies the model; call on the thread that edits it. */
    public static ValidationSnapshot take(JourneyModel model) {
        return new ValidationSnapshot(model);
    }

    /** Validates the copy; safe on any thread. */
    public ValidationReport validate() {
        ValidationReport report = new ModelValidator().validate(copy);
        List<Finding> live = new ArrayList<>(report.findings().size());
        for (Finding finding : report.findings()) {
            List<Department> departments = new ArrayList<>();
            for (Department department : finding.departments()) {
                departments.add(original(department));
            }
            live.add(new Finding(finding.rule(), finding.severity(), finding.message(), original(finding.element()),
                    original(finding.department()), List.copyOf(departments)));
        }
        return new ValidationReport(live);
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T original(T element) {
        return element == null ? null : (T) originals.getOrDefault(element, element);
    }
}
