package dev.touchline.ui.views;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.touchline.ui.editor.JourneyMapEditor;

/**
 * A view that follows the active journey-map editor: it is told when the editor changes and
 * whenever that editor's model, findings or lens change.
 */
abstract class MapEditorView extends ViewPart {

    private JourneyMapEditor editor;
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
            if (ref.getPart(false) == editor) {
                track(null);
            }
        }
    };

    /** Creates the view's controls, then starts following editors. */
    protected final void startFollowing() {
        getSite().getPage().addPartListener(parts);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof JourneyMapEditor map ? map : null);
    }

    private void follow(IWorkbenchPart part) {
        if (part instanceof JourneyMapEditor map && map != editor) {
            track(map);
        }
    }

    private void track(JourneyMapEditor next) {
        if (editor != null) {
            editor.removeChangeListener(changed);
        }
        editor = next;
        if (editor != null) {
            editor.addChangeListener(changed);
        }
        editorChanged(editor);
    }

    /** The editor followed, or {@code null}. */
    protected final JourneyMapEditor editor() {
        return editor;
    }

    /** Shows the editor's current state; {@code null} when no map editor is open. */
    protected abstract void editorChanged(JourneyMapEditor editor);

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        if (editor != null) {
            editor.removeChangeListener(changed);
        }
        super.dispose();
    }
}
