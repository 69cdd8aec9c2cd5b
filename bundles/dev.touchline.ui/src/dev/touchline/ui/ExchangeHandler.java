package dev.touchline.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.touchline.io.ModelFileException;
import dev.touchline.ui.editor.Exchange;
import dev.touchline.ui.editor.UserPrompts;
import dev.touchline.ui.session.MapSession;

/**
 * File &gt; Import Spreadsheet, Import Catalogue, Export Spreadsheet, Export Workshop Pack and
 * Export Map Image: file dialogs around {@link Exchange}, on the active journey-map editor.
 * plugin.xml names the job after the class ({@code ExchangeHandler:exportPack}) and makes the
 * handler active only while a map editor is the page's active editor.
 */
public final class ExchangeHandler extends AbstractHandler implements IExecutableExtension {

    /** What a command does with the editor and the file chosen. */
    private interface Step {
        String run(MapSession editor, Path file) throws ModelFileException;
    }

    /** A file dialog's title, filters and suggested name ending ({@code null}: open a file). */
    private record Dialog(int style, String title, String[] extensions, String[] names, String suggestedEnding) {
    }

    private Dialog dialog;
    private Step step;
    private boolean catalogue;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        switch (String.valueOf(data)) {
            case "importSheet" -> {
                dialog = new Dialog(SWT.OPEN, "Import a Spreadsheet", new String[] { "*.xlsx;*.csv", "*" },
                        new String[] { "Spreadsheets (*.xlsx, *.csv)", "All files" }, null);
                step = (editor, file) -> Exchange.importSheet(editor, file, UserPrompts.current());
            }
            case "importCatalogue" -> {
                dialog = new Dialog(SWT.OPEN, "Import a Catalogue", new String[] { "*.touchline", "*" },
                        new String[] { "Touchline models (*.touchline)", "All files" }, null);
                step = Exchange::importCatalogue;
                catalogue = true;
            }
            case "exportSheet" -> {
                dialog = new Dialog(SWT.SAVE, "Export a Spreadsheet", new String[] { "*.xlsx", "*.csv" },
                        new String[] { "Workbook: touchpoints and measurements (*.xlsx)", "CSV: touchpoints (*.csv)" },
                        ".xlsx");
                step = Exchange::exportSheet;
            }
            case "exportPack" -> {
                dialog = new Dialog(SWT.SAVE, "Export a Workshop Pack (posters, handouts, gaps, workbook)",
                        new String[] { "*.zip" }, new String[] { "Workshop pack (*.zip)" }, "-workshop.zip");
                step = Exchange::exportPack;
            }
            case "exportImage" -> {
                dialog = new Dialog(SWT.SAVE, "Export the Journey Map as an Image",
                        new String[] { "*.png", "*.svg", "*.pdf" },
                        new String[] { "PNG image, as the map shows it (*.png)", "SVG vector image (*.svg)",
                                "PDF poster for print (*.pdf)" },
                        ".png");
                step = Exchange::exportImage;
            }
            default -> throw new IllegalArgumentException("plugin.xml names an unknown exchange: " + data);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        MapSession editor = part == null ? null : MapSession.of(part);
        if (editor == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Path file;
        if (catalogue) {
            // the standard catalogue, or one from a file, as the user chooses
            int choice = UserPrompts.current().choose(shell, "Import Catalogue", "Add what a catalogue has"
                    + " and this model lacks (metrics, channels, service values, personas, departments, brand promises;"
                    + " by name, nothing twice): the standard catalogue, or one from a model file?",
                    "Standard catalogue", "From a file...", "Cancel");
            if (choice == 0) {
                file = null;
            } else if (choice == 1) {
                file = choose(shell, editor);
                if (file == null) {
                    return null;
                }
            } else {
                return null;
            }
        } else {
            file = choose(shell, editor);
            if (file == null) {
                return null;
            }
        }
        perform(shell, editor, file);
        return null;
    }

    /** The file the user picks in the dialog, or null (cancelled). */
    private Path choose(Shell shell, MapSession editor) {
        FileDialog files = new FileDialog(shell, dialog.style());
        files.setText(dialog.title());
        files.setFilterExtensions(dialog.extensions());
        files.setFilterNames(dialog.names());
        files.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
        if (dialog.suggestedEnding() != null) {
            files.setFileName(baseName(editor.file()) + dialog.suggestedEnding());
            files.setOverwrite(true);
        }
        String chosen = files.open();
        if (chosen == null) {
            return null;
        }
        if (dialog.style() == SWT.SAVE && !Path.of(chosen).getFileName().toString().contains(".")
                && files.getFilterIndex() >= 0) {
            chosen += dialog.extensions()[files.getFilterIndex()].substring(1); // the chosen type's ending
        }
        return Path.of(chosen);
    }

    private void perform(Shell shell, MapSession editor, Path file) {
        String[] said = new String[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                said[0] = step.run(editor, file);
            } catch (ModelFileException e) {
                UserPrompts.current().error(shell, "Touchline", e.getMessage());
            }
        });
        if (said[0] != null) {
            editor.status(said[0]);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
