package dev.touchline.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.touchline.ui.editor.MapEditors;

/** File &gt; Open File...: opens one or more model files, each in its own editor (or the one already open). */
public final class OpenFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Touchline Model");
        dialog.setFilterExtensions(new String[] { "*.touchline", "*" });
        dialog.setFilterNames(new String[] { "Touchline models (*.touchline)", "All files" });
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                MapEditors.open(window, Path.of(dialog.getFilterPath(), name));
            }
        }
        return null;
    }
}
