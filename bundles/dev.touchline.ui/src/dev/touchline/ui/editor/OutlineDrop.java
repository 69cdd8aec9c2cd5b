package dev.touchline.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What a drop in the Outline does: EMF.Edit's drag-and-drop command, which moves elements before
 * or after another of their kind (reorder: stages, touchpoints, journeys, metrics...) or into an
 * element that can hold them (a touchpoint into another stage); anything else is refused.
 */
public final class OutlineDrop {

    /** Where over the target the drop lands. */
    public enum Where {
        BEFORE(0.2f), ON(0.5f), AFTER(0.8f);

        private final float location;

        Where(float location) {
            this.location = location;
        }
    }

    private OutlineDrop() {
    }

    /** The command that moves {@code elements} {@code where} {@code target}; unexecutable when it cannot. */
    public static Command move(EditingDomain domain, Object target, Where where, Collection<?> elements) {
        if (target == null || elements.isEmpty() || elements.contains(target)) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = DragAndDropCommand.create(domain, target, where.location, DragAndDropFeedback.DROP_MOVE,
                DragAndDropFeedback.DROP_MOVE, elements);
        return command.canExecute() ? command : UnexecutableCommand.INSTANCE;
    }
}
