package dev.touchline.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The editor's Edit actions (undo, redo, copy, paste, delete, rename), plugged into the
 * workbench's global Edit menu and key bindings, with labels that name what will be undone.
 */
final class EditActions {

    private final EditorSession editor;
    private final IAction undo = new Action("&Undo") {
        @Override
        public void run() {
            stack().undo();
        }
    };
    private final IAction redo = new Action("&Redo") {
        @Override
        public void run() {
            stack().redo();
        }
    };
    private final IAction copy = new Action("&Copy") {
        @Override
        public void run() {
            editor.editing().copySelection();
            update(); // Paste can now paste
        }
    };
    private final IAction paste = new Action("&Paste") {
        @Override
        public void run() {
            editor.editing().paste();
        }
    };
    private final IAction delete = new Action("&Delete") {
        @Override
        public void run() {
            editor.editing().deleteSelection();
        }
    };
    private final IAction rename = new Action("Re&name") {
        @Override
        public void run() {
            editor.canvas().renameSelection();
        }
    };

    private final IAction find = new Action("&Find...") {
        @Override
        public void run() {
            editor.focusFind();
        }
    };

    EditActions(EditorSession editor) {
        this.editor = editor;
    }

    /** Undo on the map's command stack (the Outline plugs it in too). */
    IAction undo() {
        return undo;
    }

    /** Redo on the map's command stack. */
    IAction redo() {
        return redo;
    }

    /** The workbench's global Edit actions this editor handles, in one place for plugging in and out. */
    private static final String[] HANDLED = { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
            ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(),
            ActionFactory.RENAME.getId(), ActionFactory.FIND.getId() };

    /**
     * Makes these actions the handlers of the workbench's Edit menu and keys. Editors of one type
     * share their action bars, so {@link MapEditorContributor} calls this whenever a map editor
     * becomes the active one: Undo and Delete always act on the map in front of the user.
     */
    void plugInto(IActionBars bars) {
        IAction[] handlers = { undo, redo, copy, paste, delete, rename, find };
        for (int i = 0; i < HANDLED.length; i++) {
            bars.setGlobalActionHandler(HANDLED[i], handlers[i]);
        }
        update();
    }

    /** Removes every handler (no map editor is active). */
    static void unplug(IActionBars bars) {
        for (String id : HANDLED) {
            bars.setGlobalActionHandler(id, null);
        }
    }

    /** Keeps the enablement in step with the map's selection. */
    void follow(MapCanvas canvas) {
        canvas.addSelectionListener(selection -> update());
        update();
    }

    void update() {
        if (editor.canvas() == null || editor.canvas().isDisposed()) {
            return;
        }
        CommandStack stack = stack();
        Command next = stack.getUndoCommand();
        undo.setEnabled(stack.canUndo());
        undo.setText(next == null || next.getLabel() == null ? "&Undo" : "&Undo " + Mnemonics.literal(next.getLabel()));
        Command again = stack.getRedoCommand();
        redo.setEnabled(stack.canRedo());
        redo.setText(again == null || again.getLabel() == null ? "&Redo" : "&Redo " + Mnemonics.literal(again.getLabel()));
        boolean selected = !editor.canvas().selection().isEmpty();
        copy.setEnabled(editor.canvas().selection().stream()
                .anyMatch(dev.touchline.model.Touchpoint.class::isInstance));
        paste.setEnabled(editor.editing().canPaste());
        delete.setEnabled(selected);
        rename.setEnabled(editor.canvas().selection().size() == 1);
    }

    void fillEditItems(IMenuManager menu) {
        update();
        menu.add(rename);
        menu.add(copy);
        menu.add(paste);
        menu.add(delete);
        menu.add(new org.eclipse.jface.action.Separator());
        menu.add(undo);
        menu.add(redo);
    }

    /** A one-off check box for a context menu. */
    IAction toggle(String label, boolean checked, Runnable run, boolean enabled) {
        IAction action = new Action(Mnemonics.literal(label), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setChecked(checked);
        action.setEnabled(enabled);
        return action;
    }

    /** A one-off action for a context menu. */
    IAction action(String label, Runnable run, boolean enabled) {
        IAction action = new Action(Mnemonics.literal(label)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }

    private CommandStack stack() {
        return editor.commandStack();
    }
}
