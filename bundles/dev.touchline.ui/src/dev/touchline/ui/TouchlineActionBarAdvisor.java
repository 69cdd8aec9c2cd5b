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
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import dev.touchline.ui.editor.MapEditors;
import dev.touchline.ui.editor.Mnemonics;
import dev.touchline.ui.editor.RecentFiles;

/**
 * Menus and tool bar: File, Edit, Window, Help, with the workbench's standard actions. Touchline's
 * own commands (Open File, the imports and exports, the Map menu, Show View, Keyboard Shortcuts)
 * are declared in plugin.xml, into the groups named here.
 */
final class TouchlineActionBarAdvisor extends ActionBarAdvisor {

    static final String NEW_GROUP = "dev.touchline.ui.new";
    static final String OPEN_GROUP = "dev.touchline.ui.open";
    static final String EXCHANGE_GROUP = "dev.touchline.ui.exchange";
    static final String VIEWS_GROUP = "dev.touchline.ui.views";
    static final String HELP_GROUP = "dev.touchline.ui.help";

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
    private IAction about;

    TouchlineActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
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
        file.add(new GroupMarker(NEW_GROUP)); // File > New Model... (plugin.xml)
        file.add(new GroupMarker(OPEN_GROUP)); // File > Open File... (plugin.xml)
        file.add(recentFiles(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        file.add(new Separator());
        file.add(new GroupMarker(EXCHANGE_GROUP)); // imports and exports (plugin.xml)
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
        window.add(new GroupMarker(VIEWS_GROUP)); // Show View (plugin.xml)
        window.add(resetPerspective);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(HELP_GROUP)); // Keyboard Shortcuts (plugin.xml)
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

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        CommandContributionItemParameter newModel = new CommandContributionItemParameter(window,
                "dev.touchline.ui.newModelTool", "dev.touchline.ui.newModel", CommandContributionItem.STYLE_PUSH);
        newModel.icon = TouchlineUi.imageDescriptor(TouchlineUi.APP_ICON);
        newModel.tooltip = "New Model";
        toolBar.add(new CommandContributionItem(newModel));
        toolBar.add(save);
        toolBar.add(new Separator());
        toolBar.add(undo);
        toolBar.add(redo);
        coolBar.add(new ToolBarContributionItem(toolBar, "dev.touchline.ui.main"));
    }
}
