package dev.touchline.ui.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions and error messages the editor puts to the user. The workbench shows dialogs; the
 * UI tests install answers instead, because a modal dialog would wait for a person.
 */
public interface UserPrompts {

    /** Tells the user something went wrong. */
    void error(Shell shell, String title, String message);

    /** Tells the user something worth knowing (nothing went wrong). */
    void inform(Shell shell, String title, String message);

    /** Asks the user to choose; returns the index of the chosen button (the first is the default). */
    int choose(Shell shell, String title, String message, String... buttons);

    /**
     * Asks the user to pick one of {@code items}; returns its index, or -1 when cancelled. By
     * default a question with a button per item (prompts for tests answer it like any question).
     */
    default int chooseFrom(Shell shell, String title, String message, java.util.List<String> items) {
        return choose(shell, title, message, items.toArray(String[]::new));
    }

    /**
     * Asks for a line of text (a new name), starting from {@code initial}; {@code null} when
     * cancelled. Prompts that answer no text (tests) cancel.
     */
    default String ask(Shell shell, String title, String message, String initial) {
        return null;
    }

    /**
     * Asks where to save a model: a path, or {@code null} when the user cancels. {@code suggested}
     * is the file proposed (its folder and name).
     */
    String saveFile(Shell shell, String title, java.nio.file.Path suggested);

    /**
     * The prompts of the workbench: its context's {@code UserPrompts} when one was set there (the
     * UI tests set answers), else {@link #DIALOGS}.
     */
    static UserPrompts current() {
        return WorkbenchScoped.get(UserPrompts.class, () -> DIALOGS, false);
    }

    /** Dialogs, for people. */
    UserPrompts DIALOGS = new UserPrompts() {
        @Override
        public void error(Shell shell, String title, String message) {
            dialog(shell, title, message, MessageDialog.ERROR, "OK").open();
        }

        @Override
        public void inform(Shell shell, String title, String message) {
            dialog(shell, title, message, MessageDialog.INFORMATION, "OK").open();
        }

        @Override
        public int choose(Shell shell, String title, String message, String... buttons) {
            return dialog(shell, title, message, MessageDialog.QUESTION, buttons).open();
        }

        @Override
        public int chooseFrom(Shell shell, String title, String message, java.util.List<String> items) {
            org.eclipse.ui.dialogs.ListDialog dialog = new org.eclipse.ui.dialogs.ListDialog(shell);
            dialog.setTitle(title);
            dialog.setMessage(Mnemonics.literal(message));
            dialog.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
            dialog.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider());
            dialog.setInput(items);
            if (!items.isEmpty()) {
                dialog.setInitialSelections(items.get(0));
            }
            if (dialog.open() != org.eclipse.jface.window.Window.OK || dialog.getResult().length == 0) {
                return -1;
            }
            return items.indexOf(dialog.getResult()[0]);
        }

        @Override
        public String ask(Shell shell, String title, String message, String initial) {
            org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(shell, title,
                    Mnemonics.literal(message), initial, text -> text == null || text.isBlank()
                            ? "A name cannot be empty." : null);
            return dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.getValue() : null;
        }

        @Override
        public String saveFile(Shell shell, String title, java.nio.file.Path suggested) {
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(shell,
                    org.eclipse.swt.SWT.SAVE);
            dialog.setText(title);
            dialog.setFilterExtensions(new String[] { "*.touchline" });
            dialog.setFilterNames(new String[] { "Touchline models (*.touchline)" });
            dialog.setFilterPath(suggested.toAbsolutePath().getParent().toString());
            dialog.setFileName(suggested.getFileName().toString());
            dialog.setOverwrite(true);
            return dialog.open();
        }
    };

    /**
     * The dialog the workbench shows: the message as written (an "&" in a department's name or a
     * formula is shown, not taken as a mnemonic mark).
     */
    static MessageDialog dialog(Shell shell, String title, String message, int kind, String... buttons) {
        return new MessageDialog(shell, title, null, Mnemonics.literal(message), kind, 0, buttons);
    }
}
