package dev.touchline.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;
import dev.touchline.validation.Targets;

/**
 * A department head's view of a journey: which touchpoints the department owns or supports
 * (the rest fades on the map) and a summary of how they are doing. Optionally focused on one
 * stage, as when opened from a heatmap cell.
 */
public final class DepartmentLens {

    /** A touchpoint's relation to the lens's department. */
    public enum Role {
        OWNED, SUPPORTED, OTHER
    }

    /**
     * What the summary strip shows.
     *
     * @param owned touchpoints the department owns in the journey
     * @param supported touchpoints it supports
     * @param onTarget measurements of owned touchpoints that meet their target
     * @param offTarget measurements of owned touchpoints that miss it
     * @param unmeasured owned touchpoints without any measurement
     * @param promises brand promises its owned touchpoints deliver
     * @param errors open error findings that concern the department
     * @param warnings open warnings that concern it
     * @param health the traffic light over its owned touchpoints
     */
    public record Summary(int owned, int supported, int onTarget, int offTarget, int unmeasured,
            List<BrandPromise> promises, int errors, int warnings, Health health) {
    }

    private final Department department;
    private final Stage focus;

    /** A lens on the department; {@code focus} is the stage to bring into view, or {@code null}. */
    public DepartmentLens(Department department, Stage focus) {
        this.department = department;
        this.focus = focus;
    }

    public Department department() {
        return department;
    }

    /** The stage the lens was opened on, or {@code null}. */
    public Stage focus() {
        return focus;
    }

    public Role roleOf(Touchpoint touchpoint) {
        if (touchpoint.getOwner() == department) {
            return Role.OWNED;
        }
        return touchpoint.getSupporters().contains(department) ? Role.SUPPORTED : Role.OTHER;
    }

    /** The summary over the journey's touchpoints. */
    public Summary summarize(Journey journey, MapFindings findings) {
        List<Touchpoint> owned = new ArrayList<>();
        int supported = 0;
        for (Stage stage : journey.getStages()) {
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                Role role = roleOf(touchpoint);
                if (role == Role.OWNED) {
                    owned.add(touchpoint);
                } else if (role == Role.SUPPORTED) {
                    supported++;
                }
            }
        }
        int onTarget = 0;
        int offTarget = 0;
        int unmeasured = 0;
        Set<BrandPromise> promises = new LinkedHashSet<>();
        for (Touchpoint touchpoint : owned) {
            if (touchpoint.getMeasurements().isEmpty()) {
                unmeasured++;
            }
            for (Measurement measurement : touchpoint.getMeasurements()) {
                Targets.Status status = Targets.status(measurement);
                if (status == Targets.Status.ON_TARGET) {
                    onTarget++;
                } else if (status == Targets.Status.OFF_TARGET) {
                    offTarget++;
                }
            }
            promises.addAll(touchpoint.getPromises());
        }
        int errors = 0;
        int warnings = 0;
        for (Finding finding : findings.report().findings()) {
            if (finding.departments().contains(department) && inJourney(finding, journey)) {
                if (finding.severity() == Severity.ERROR) {
                    errors++;
                } else if (finding.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
        }
        return new Summary(owned.size(), supported, onTarget, offTarget, unmeasured, List.copyOf(promises), errors,
                warnings, Health.of(owned, findings));
    }

    private static boolean inJourney(Finding finding, Journey journey) {
        for (var e = finding.element(); e != null; e = e.eContainer()) {
            if (e == journey) {
                return true;
            }
        }
        // Findings on the department itself (idle, cycle, ...) concern every journey.
        return finding.element() instanceof Department;
    }
}
