package dev.touchline.ui.views;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.touchline.ui.session.MapSession;

/**
 * A view that follows the active journey map through its {@link MapSession} (adapted from the
 * editor part, never the editor class): it is told when the map in front changes and whenever
 * that map's model, findings or lens change.
 */
abstract class MapEditorView extends ViewPart {

    private IWorkbenchPart part;
    private MapSession editor;
    private final Runnable changed = () -> {
        if (editor != null) {
            editorChanged(editor);
        }
    };
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == part) {
                track(null, null);
            }
        }
    };

    /** Creates the view's controls, then starts following editors. */
    protected final void startFollowing() {
        getSite().getPage().addPartListener(parts);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active, MapSession.of(active));
    }

    private void follow(IWorkbenchPart next) {
        MapSession map = MapSession.of(next);
        if (map != null && map != editor) {
            track(next, map);
        }
    }

    private void track(IWorkbenchPart nextPart, MapSession next) {
        if (editor != null) {
            editor.removeChangeListener(changed);
        }
        part = next == null ? null : nextPart;
        editor = next;
        if (editor != null) {
            editor.addChangeListener(changed);
        }
        editorChanged(editor);
    }

    /** The map followed, or {@code null}. */
    protected final MapSession editor() {
        return editor;
    }

    /** Shows the map's current state; {@code null} when no map is open. */
    protected abstract void editorChanged(MapSession map);

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        if (editor != null) {
            editor.removeChangeListener(changed);
        }
        super.dispose();
    }
}
