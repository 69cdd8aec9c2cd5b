package dev.touchline.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Plugs the active map editor's Edit actions into the action bars that all map editors share.
 * Without it each editor set its handlers once, when it was created, so the last map opened
 * received every Undo, Paste and Delete, whichever map was in front.
 */
public final class MapEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part != null && part.getAdapter(EditorSession.class) instanceof EditorSession session) {
            session.actions().plugInto(getActionBars());
        } else {
            EditActions.unplug(getActionBars());
        }
        getActionBars().updateActionBars();
    }
}
