package dev.touchline.map.commands;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;

/**
 * Quick fixes for findings: a touchpoint without owner gets a department the user chooses, a
 * touchpoint without measurement gets a measurement of a metric the user chooses.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** Whether the finding has a quick fix. */
    public static boolean canFix(Finding finding) {
        return finding.element() instanceof Touchpoint
                && (finding.rule() == Rule.TOUCHPOINT_OWNER || finding.rule() == Rule.TOUCHPOINT_METRIC);
    }

    /** What the fix asks the user to choose, e.g. "Choose the department that owns 'Live truck tracking'". */
    public static String prompt(Finding finding) {
        String name = ((Touchpoint) finding.element()).getName();
        return finding.rule() == Rule.TOUCHPOINT_OWNER ? "Choose the department that owns '" + name + "'"
                : "Choose the metric that measures '" + name + "'";
    }

    /** The elements the user chooses from: the model's departments or its metrics. */
    public static List<? extends NamedElement> choices(Finding finding) {
        if (!canFix(finding) || !(EcoreUtil.getRootContainer(finding.element()) instanceof JourneyModel model)) {
            return List.of();
        }
        return finding.rule() == Rule.TOUCHPOINT_OWNER ? model.getDepartments() : model.getMetrics();
    }

    /** The command that fixes the finding with the chosen element. */
    public static Command fix(EditingDomain domain, Finding finding, EObject choice) {
        if (!canFix(finding)) {
            return UnexecutableCommand.INSTANCE;
        }
        Touchpoint touchpoint = (Touchpoint) finding.element();
        if (finding.rule() == Rule.TOUCHPOINT_OWNER && choice instanceof Department department) {
            return JourneyMapCommands.assignOwner(domain, touchpoint, department);
        }
        if (finding.rule() == Rule.TOUCHPOINT_METRIC && choice instanceof Metric metric) {
            return JourneyMapCommands.createMeasurement(domain, touchpoint, metric);
        }
        return UnexecutableCommand.INSTANCE;
    }
}
