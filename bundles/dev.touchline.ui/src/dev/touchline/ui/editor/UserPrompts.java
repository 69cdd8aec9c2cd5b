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

    /** Asks the user to choose; returns the index of the chosen button (the first is the default). */
    int choose(Shell shell, String title, String message, String... buttons);

    /** Dialogs, for people. */
    UserPrompts DIALOGS = new UserPrompts() {
        @Override
        public void error(Shell shell, String title, String message) {
            MessageDialog.openError(shell, title, message);
        }

        @Override
        public int choose(Shell shell, String title, String message, String... buttons) {
            return new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 0, buttons).open();
        }
    };
}
