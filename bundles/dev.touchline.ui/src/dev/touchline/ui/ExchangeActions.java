package dev.touchline.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IPartListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

import dev.touchline.io.ModelFileException;
import dev.touchline.ui.editor.Exchange;
import dev.touchline.ui.session.MapSession;
import dev.touchline.ui.editor.UserPrompts;

/**
 * File &gt; Import Spreadsheet, Export Spreadsheet, Export Workshop Pack and Export Map Image:
 * file dialogs around {@link Exchange}, working on the active journey-map editor and enabled only
 * while there is one.
 */
public final class ExchangeActions implements IPartListener {

    /** What an action does with the editor and the file chosen. */
    private interface Step {
        String run(MapSession editor, Path file) throws ModelFileException;
    }

    private final IWorkbenchWindow window;
    private final IAction importSheet;
    private final IAction exportSheet;
    private final IAction exportPack;
    private final IAction exportImage;
    private final IAction importCatalogue;
    private IWorkbenchPart closing;

    public ExchangeActions(IWorkbenchWindow window) {
        this.window = window;
        importSheet = action("dev.touchline.ui.importSheet", "&Import Spreadsheet...", SWT.OPEN,
                "Import a Spreadsheet", new String[] { "*.xlsx;*.csv", "*" },
                new String[] { "Spreadsheets (*.xlsx, *.csv)", "All files" }, null,
                (editor, file) -> Exchange.importSheet(editor, file, UserPrompts.current()));
        exportSheet = action("dev.touchline.ui.exportSheet", "Export Spreads&heet...", SWT.SAVE, "Export a Spreadsheet",
                new String[] { "*.xlsx", "*.csv" },
                new String[] { "Workbook: touchpoints and measurements (*.xlsx)", "CSV: touchpoints (*.csv)" }, ".xlsx",
                Exchange::exportSheet);
        exportPack = action("dev.touchline.ui.exportPack", "Export &Workshop Pack...", SWT.SAVE,
                "Export a Workshop Pack (posters, handouts, gaps, workbook)", new String[] { "*.zip" },
                new String[] { "Workshop pack (*.zip)" }, "-workshop.zip", Exchange::exportPack);
        exportImage = action("dev.touchline.ui.exportImage", "Export &Map Image...", SWT.SAVE,
                "Export the Journey Map as an Image", new String[] { "*.png", "*.svg", "*.pdf" },
                new String[] { "PNG image, as the map shows it (*.png)", "SVG vector image (*.svg)",
                        "PDF poster for print (*.pdf)" }, ".png",
                Exchange::exportImage);
        importCatalogue = new Action("Import Catalo&gue...") {
            @Override
            public void run() {
                MapSession editor = editor();
                if (editor != null) {
                    importCatalogue(editor);
                }
            }
        };
        importCatalogue.setId("dev.touchline.ui.importCatalogue");
        window.getPartService().addPartListener(this);
        update();
    }

    /** Adds the standard catalogue or one from a file, as the user chooses. */
    private void importCatalogue(MapSession editor) {
        int choice = UserPrompts.current().choose(window.getShell(), "Import Catalogue", "Add what a catalogue has"
                + " and this model lacks (metrics, channels, service values, personas, departments, brand promises;"
                + " by name, nothing twice): the standard catalogue, or one from a model file?",
                "Standard catalogue", "From a file...", "Cancel");
        Path file = null;
        if (choice == 1) {
            FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
            dialog.setText("Import a Catalogue");
            dialog.setFilterExtensions(new String[] { "*.touchline", "*" });
            dialog.setFilterNames(new String[] { "Touchline models (*.touchline)", "All files" });
            dialog.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            file = Path.of(chosen);
        } else if (choice != 0) {
            return;
        }
        perform(editor, file, Exchange::importCatalogue);
    }

    public IAction importCatalogue() {
        return importCatalogue;
    }

    public IAction importSheet() {
        return importSheet;
    }

    public IAction exportSheet() {
        return exportSheet;
    }

    public IAction exportPack() {
        return exportPack;
    }

    public IAction exportImage() {
        return exportImage;
    }

    /** The map the actions work on (the active editor's session), or null. */
    MapSession editor() {
        IWorkbenchPage page = window.getActivePage();
        var active = page == null ? null : page.getActiveEditor();
        return active == null || active == closing ? null : MapSession.of(active);
    }

    private IAction action(String id, String text, int style, String title, String[] extensions, String[] names,
            String suggestedEnding, Step step) {
        IAction action = new Action(text) {
            @Override
            public void run() {
                MapSession editor = editor();
                if (editor == null) {
                    return;
                }
                FileDialog dialog = new FileDialog(window.getShell(), style);
                dialog.setText(title);
                dialog.setFilterExtensions(extensions);
                dialog.setFilterNames(names);
                dialog.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
                if (suggestedEnding != null) {
                    dialog.setFileName(baseName(editor.file()) + suggestedEnding);
                    dialog.setOverwrite(true);
                }
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                if (style == SWT.SAVE && !Path.of(chosen).getFileName().toString().contains(".")
                        && dialog.getFilterIndex() >= 0) {
                    chosen += extensions[dialog.getFilterIndex()].substring(1); // the chosen type's ending
                }
                perform(editor, Path.of(chosen), step);
            }
        };
        action.setId(id);
        return action;
    }

    private void perform(MapSession editor, Path file, Step step) {
        String[] said = new String[1];
        BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
            try {
                said[0] = step.run(editor, file);
            } catch (ModelFileException e) {
                UserPrompts.current().error(window.getShell(), "Touchline", e.getMessage());
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

    private void update() {
        boolean enabled = editor() != null;
        importSheet.setEnabled(enabled);
        exportSheet.setEnabled(enabled);
        exportPack.setEnabled(enabled);
        exportImage.setEnabled(enabled);
        importCatalogue.setEnabled(enabled);
    }

    public void dispose() {
        window.getPartService().removePartListener(this);
    }

    @Override
    public void partActivated(IWorkbenchPart part) {
        update();
    }

    @Override
    public void partBroughtToTop(IWorkbenchPart part) {
        update();
    }

    @Override
    public void partClosed(IWorkbenchPart part) {
        closing = part;
        try {
            update();
        } finally {
            closing = null;
        }
    }

    @Override
    public void partDeactivated(IWorkbenchPart part) {
        update();
    }

    @Override
    public void partOpened(IWorkbenchPart part) {
        update();
    }
}
