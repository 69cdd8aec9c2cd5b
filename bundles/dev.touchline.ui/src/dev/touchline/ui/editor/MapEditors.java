package dev.touchline.ui.editor;

import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import dev.touchline.ui.TouchlineUi;

/** Opening model files in map editors, with a clear message when a file cannot be opened. */
public final class MapEditors {

    private MapEditors() {
    }

    /**
     * Opens (or brings to front) the map editor on a file; {@code null} and a dialog on failure.
     * Callers that need the map work through its {@link dev.touchline.ui.session.MapSession}.
     */
    public static IEditorPart open(IWorkbenchWindow window, Path file) {
        try {
            IEditorPart part = window.getActivePage().openEditor(new PathEditorInput(file), TouchlineUi.EDITOR_ID);
            return dev.touchline.ui.session.MapSession.of(part) == null ? null : part;
        } catch (PartInitException e) {
            UserPrompts.current().error(window.getShell(), "Cannot open " + file.getFileName(), e.getMessage());
            return null;
        }
    }
}
