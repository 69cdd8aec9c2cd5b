package dev.touchline.map.draw;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.departments.DepartmentLens;
import dev.touchline.map.MapLayout;
import dev.touchline.model.Touchpoint;

/**
 * What a drawing of the map shows besides the layout (which already leaves out hidden lanes): the
 * department lens, and in the editor the selection, the keyboard focus and drag feedback. Exports
 * take the editor's lens ({@link #of(DepartmentLens)}), so a picture shows what the editor shows.
 *
 * @param lens the department lens, or {@code null}
 * @param selection the selected elements
 * @param focus the element with the keyboard focus ring, or {@code null}
 * @param drop where a dragged touchpoint would land, or {@code null}
 * @param ownerTarget the card a department is being dragged onto, or {@code null}
 */
public record MapView(DepartmentLens lens, Set<EObject> selection, EObject focus, MapLayout.DropTarget drop,
        Touchpoint ownerTarget) {

    /** No lens, nothing selected. */
    public static final MapView PLAIN = new MapView(null, Set.of(), null, null, null);

    public MapView {
        selection = Set.copyOf(selection);
    }

    /** The map through {@code lens} ({@code null}: none), with nothing selected: what exports show. */
    public static MapView of(DepartmentLens lens) {
        return new MapView(lens, Set.of(), null, null, null);
    }
}
