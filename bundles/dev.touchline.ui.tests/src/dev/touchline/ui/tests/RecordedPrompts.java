package dev.touchline.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.touchline.ui.editor.UserPrompts;

/**
 * Replaces the editor's dialogs for each test ({@code @RegisterExtension}): records what the user
 * would have been told or asked, and answers questions with a chosen button.
 */
final class RecordedPrompts implements BeforeEachCallback, AfterEachCallback {

    /** Each message, as "title: text" (a question with its buttons). */
    final List<String> said = new ArrayList<>();
    /** The button a question is answered with. */
    int answer;
    /** The file a file dialog is answered with ({@code null}: cancelled). */
    String file;
    /** The text a question for text is answered with ({@code null}: cancelled). */
    String text;

    @Override
    public void beforeEach(ExtensionContext context) {
        said.clear();
        text = null;
        context().set(UserPrompts.class, new UserPrompts() {
            @Override
            public void error(Shell shell, String title, String message) {
                said.add(title + ": " + message);
            }

            @Override
            public void inform(Shell shell, String title, String message) {
                said.add(title + ": " + message);
            }

            @Override
            public String saveFile(Shell shell, String title, java.nio.file.Path suggested) {
                said.add(title + ": " + suggested);
                return file;
            }

            @Override
            public String ask(Shell shell, String title, String message, String initial) {
                said.add(title + ": " + message + " [" + initial + "]");
                return text;
            }

            @Override
            public int choose(Shell shell, String title, String message, String... buttons) {
                said.add(title + ": " + message + " " + List.of(buttons));
                return answer;
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context().remove(UserPrompts.class);
    }

    /** The workbench's context, where the editors look their prompts up (as any workbench service). */
    private static IEclipseContext context() {
        return PlatformUI.getWorkbench().getService(IEclipseContext.class);
    }
}
