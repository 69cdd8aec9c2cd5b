package dev.touchline.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import dev.touchline.ui.editor.MapEditors;
import dev.touchline.ui.editor.Mnemonics;
import dev.touchline.ui.editor.RecentFiles;

/** Menus and tool bar: File, Edit, Window, Help, with the workbench's standard actions. */
final class TouchlineActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction newWizard;
    private IAction openFile;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction rename;
    private IWorkbenchAction find;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction saveAs;
    private IAction keyAssist;
    private IAction about;
    private ExchangeActions exchange;

    TouchlineActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newWizard = keep(ActionFactory.NEW.create(window));
        newWizard.setText("&New Model...");
        openFile = new Action("&Open File...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
                dialog.setText("Open Touchline Model");
                dialog.setFilterExtensions(new String[] { "*.touchline", "*" });
                dialog.setFilterNames(new String[] { "Touchline models (*.touchline)", "All files" });
                if (dialog.open() != null) {
                    for (String name : dialog.getFileNames()) {
                        MapEditors.open(window, Path.of(dialog.getFilterPath(), name));
                    }
                }
            }
        };
        openFile.setId("dev.touchline.ui.openFile");
        openFile.setImageDescriptor(TouchlineUi.imageDescriptor(TouchlineUi.APP_ICON));
        keep(openFile);
        save = keep(ActionFactory.SAVE.create(window));
        saveAs = keep(ActionFactory.SAVE_AS.create(window));
        saveAs.setText("Save &As...");
        saveAll = keep(ActionFactory.SAVE_ALL.create(window));
        close = keep(ActionFactory.CLOSE.create(window));
        closeAll = keep(ActionFactory.CLOSE_ALL.create(window));
        quit = keep(ActionFactory.QUIT.create(window));
        undo = keep(ActionFactory.UNDO.create(window));
        redo = keep(ActionFactory.REDO.create(window));
        copy = keep(ActionFactory.COPY.create(window));
        paste = keep(ActionFactory.PASTE.create(window));
        delete = keep(ActionFactory.DELETE.create(window));
        rename = keep(ActionFactory.RENAME.create(window));
        find = keep(ActionFactory.FIND.create(window));
        find.setText("&Find..."); // by name, across the model's journeys (the map has nothing to replace)
        resetPerspective = keep(ActionFactory.RESET_PERSPECTIVE.create(window));
        // The platform's own "Show Active Keybindings" item has no mnemonic; the window advisor
        // hides it and this item runs the same command.
        keyAssist = new Action("&Keyboard Shortcuts...") {
            @Override
            public void run() {
                try {
                    window.getService(org.eclipse.ui.handlers.IHandlerService.class)
                            .executeCommand("org.eclipse.ui.window.showKeyAssist", null);
                } catch (org.eclipse.core.commands.common.CommandException e) {
                    TouchlineUi.log("Could not show the keyboard shortcuts", e);
                }
            }
        };
        keyAssist.setId("dev.touchline.ui.keyAssist");
        keyAssist.setActionDefinitionId("org.eclipse.ui.window.showKeyAssist");
        keep(keyAssist);
        exchange = new ExchangeActions(window);
        keep(exchange.importSheet());
        keep(exchange.importCatalogue());
        keep(exchange.exportSheet());
        keep(exchange.exportPack());
        keep(exchange.exportImage());
        about = new AboutAction(window);
        keep(about);
    }

    private <T extends IAction> T keep(T action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(newWizard);
        file.add(openFile);
        file.add(recentFiles(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        file.add(new Separator());
        file.add(exchange.importSheet());
        file.add(exchange.importCatalogue());
        file.add(exchange.exportSheet());
        file.add(exchange.exportPack());
        file.add(exchange.exportImage());
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(saveAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        edit.add(new Separator());
        edit.add(rename);
        edit.add(find);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        IWorkbenchWindow workbenchWindow = getActionBarConfigurer().getWindowConfigurer().getWindow();
        // Touchline's own list (not the platform's short list) so that each view has a mnemonic.
        showView.add(showView(workbenchWindow, "&Problems", TouchlineUi.PROBLEMS_VIEW_ID));
        showView.add(showView(workbenchWindow, "&Departments", TouchlineUi.DEPARTMENTS_VIEW_ID));
        showView.add(showView(workbenchWindow, "&Heatmap", TouchlineUi.HEATMAP_VIEW_ID));
        showView.add(showView(workbenchWindow, "&Catalogues", TouchlineUi.CATALOGUES_VIEW_ID));
        showView.add(showView(workbenchWindow, "&Model Files", TouchlineUi.MODEL_FILES_VIEW_ID));
        showView.add(showView(workbenchWindow, "&Outline", "org.eclipse.ui.views.ContentOutline"));
        showView.add(showView(workbenchWindow, "P&roperties", "org.eclipse.ui.views.PropertySheet"));
        window.add(showView);
        window.add(resetPerspective);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(keyAssist);
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }

    /** File > Recent Files: the model files opened or saved lately, newest first, numbered. */
    private static MenuManager recentFiles(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager("&Recent Files", "dev.touchline.ui.recentFiles");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            java.util.List<Path> files = RecentFiles.list();
            if (files.isEmpty()) {
                Action none = new Action("(none yet)") {
                };
                none.setEnabled(false);
                m.add(none);
            }
            int n = 0;
            for (Path file : files) {
                n++;
                String label = (n < 10 ? "&" + n : Integer.toString(n)) + "  "
                        + Mnemonics.literal(file.getFileName().toString()) + "  \u2014  "
                        + Mnemonics.literal(file.getParent() == null ? "" : file.getParent().toString());
                m.add(new Action(label) {
                    @Override
                    public void run() {
                        MapEditors.open(window, file);
                    }
                });
            }
        });
        // a manager that is never filled counts as empty and stays hidden
        menu.add(new Action("(none yet)") {
        });
        return menu;
    }

    private static IAction showView(IWorkbenchWindow window, String label, String viewId) {
        return new Action(label) {
            @Override
            public void run() {
                try {
                    window.getActivePage().showView(viewId);
                } catch (org.eclipse.ui.PartInitException e) {
                    TouchlineUi.log("Could not show view " + viewId, e);
                }
            }
        };
    }

    @Override
    public void dispose() {
        if (exchange != null) {
            exchange.dispose();
        }
        super.dispose();
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolBar.add(newWizard);
        toolBar.add(save);
        toolBar.add(new Separator());
        toolBar.add(undo);
        toolBar.add(redo);
        coolBar.add(new ToolBarContributionItem(toolBar, "dev.touchline.ui.main"));
    }
}
