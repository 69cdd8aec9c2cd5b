package dev.touchline.departments;

import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

/**
 * A department head's view of a journey: which touchpoints the department owns or supports
 * (the rest fades on the map) and its {@link DepartmentFigures} in the journey shown. Optionally focused on one
 * stage, as when opened from a heatmap cell.
 */
public final class DepartmentLens {

    /** A touchpoint's relation to the lens's department. */
    public enum Role {
        OWNED, SUPPORTED, OTHER
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

    /** The lens strip's figures: the department in the journey shown. */
    public DepartmentFigures figures(Journey journey, FindingIndex findings) {
        return DepartmentFigures.of(department, DepartmentFigures.Scope.journey(journey), findings);
    }
}
