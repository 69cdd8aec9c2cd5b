package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.touchline.map.Rect;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapCanvas;
import dev.touchline.ui.editor.MapEditors;

/**
 * A small driver for the UI tests (SWTBot is not on Maven Central): it sends real SWT events to
 * the widgets' listeners, runs the event loop until a condition holds, and writes screenshots.
 */
final class Ui {

    private static int eventTime = (int) (System.currentTimeMillis() & 0x3fffffff);

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** A fresh copy of the sample in a temporary folder, opened in a map editor. */
    static JourneyMapEditor openSampleCopy(Path folder) throws IOException {
        return openSampleCopy(folder, "northwind-movers.touchline");
    }

    /** A fresh copy of the sample named {@code name} in a temporary folder, opened in a map editor. */
    static JourneyMapEditor openSampleCopy(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.copy(Path.of("../../samples/northwind-movers.touchline"), file, StandardCopyOption.REPLACE_EXISTING);
        JourneyMapEditor editor = (JourneyMapEditor) MapEditors.open(window(), file);
        assertNotNull(editor, "the sample opens in the journey-map editor");
        window().getShell().setSize(1600, 1000);
        flush();
        return editor;
    }

    /** The first control of this type under {@code root} that passes the test; fails when none does. */
    static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite root, Class<T> type,
            java.util.function.Predicate<T> test) {
        T found = findOrNull(root, type, test);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " found under " + root);
        }
        return found;
    }

    private static <T extends org.eclipse.swt.widgets.Control> T findOrNull(org.eclipse.swt.widgets.Composite root,
            Class<T> type, java.util.function.Predicate<T> test) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof org.eclipse.swt.widgets.Composite c) {
                T found = findOrNull(c, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Runs the event loop until nothing is pending. */
    static void flush() {
        Display display = display();
        for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
            // keep dispatching
        }
    }

    /** Runs the event loop until the condition holds; fails after 10 s. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Waits for the live validation of the latest edit to reach the editor. */
    static void validated(JourneyMapEditor editor) {
        waitUntil("validation is current", editor.session()::isValidationCurrent);
        flush();
    }

    static Event mouse(Control control, int type, int x, int y, int button, int stateMask) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        event.count = type == SWT.MouseDoubleClick ? 2 : 1;
        event.time = ++eventTime;
        event.widget = control;
        event.display = control.getDisplay();
        control.notifyListeners(type, event);
        flush();
        return event;
    }

    static void click(Control control, Point at) {
        mouse(control, SWT.MouseDown, at.x, at.y, 1, 0);
        mouse(control, SWT.MouseUp, at.x, at.y, 1, SWT.BUTTON1);
    }

    /** Press, move in steps, release: a drag inside one control. */
    static void drag(Control control, Point from, Point to) {
        mouse(control, SWT.MouseDown, from.x, from.y, 1, 0);
        for (int step = 1; step <= 5; step++) {
            mouse(control, SWT.MouseMove, from.x + (to.x - from.x) * step / 5, from.y + (to.y - from.y) * step / 5, 0,
                    SWT.BUTTON1);
        }
        mouse(control, SWT.MouseUp, to.x, to.y, 1, SWT.BUTTON1);
    }

    /**
     * A key press as GTK delivers it: Ctrl+letter carries the control character (Ctrl+Z is
     * U+001A), which is what the workbench's key bindings match.
     */
    static void key(Control control, int keyCode, char character, int stateMask) {
        if ((stateMask & SWT.CTRL) != 0 && character >= 'a' && character <= 'z') {
            character = (char) (character - 'a' + 1);
        }
        Event event = new Event();
        event.type = SWT.KeyDown;
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = stateMask;
        // Each real key press has its own time. The workbench handles Delete and Esc "out of order"
        // and remembers the time of the last such key whose widget was gone before it could: with
        // time 0 on every event, one Esc that closed a field made every later Delete look handled.
        event.time = ++eventTime;
        event.widget = control;
        control.notifyListeners(SWT.KeyDown, event);
        flush();
    }

    /** The control point at the centre of a map rectangle, after scrolling it into view. */
    static Point centerOf(MapCanvas canvas, Rect bounds) {
        return canvas.toControl(bounds.centerX(), bounds.centerY());
    }

    /**
     * Runs a workbench command (Undo, Paste, Delete, Save...) through the window's handler
     * service, as its key binding or the Edit menu does: the handler is the active part's.
     */
    static void command(String commandId) throws Exception {
        window().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
        flush();
    }

    /**
     * The menu-bar item at {@code path} (menu texts without mnemonics and keys), each menu shown
     * first so that it is filled as on screen; fails the test when one is missing.
     */
    static org.eclipse.swt.widgets.MenuItem menuItem(org.eclipse.swt.widgets.Menu bar, String... path) {
        org.eclipse.swt.widgets.Menu menu = bar;
        org.eclipse.swt.widgets.MenuItem found = null;
        for (String name : path) {
            menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
            found = null;
            for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
                if (item.getText().replace("&", "").split("\t")[0].equals(name)) {
                    found = item;
                }
            }
            org.junit.jupiter.api.Assertions.assertNotNull(found, name);
            menu = found.getMenu();
        }
        return found;
    }

    /**
     * Opens a control's context menu and chooses the item at {@code path} (menu texts without
     * mnemonics), as a user does: each menu gets its Show event, so it is filled as on screen, and
     * the item its Selection event. Returns false, choosing nothing, when an item is missing or
     * disabled.
     */
    static boolean contextMenu(Control control, String... path) {
        org.eclipse.swt.widgets.Menu menu = control.getMenu();
        for (int i = 0; i < path.length; i++) {
            menu.notifyListeners(SWT.Show, new Event());
            org.eclipse.swt.widgets.MenuItem found = null;
            for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
                if (plain(item.getText()).equals(path[i])) {
                    found = item;
                }
            }
            if (found == null || !found.getEnabled()) {
                menu.notifyListeners(SWT.Hide, new Event());
                return false;
            }
            if (i == path.length - 1) {
                if ((found.getStyle() & SWT.CHECK) != 0) {
                    found.setSelection(!found.getSelection());
                }
                found.notifyListeners(SWT.Selection, new Event());
            } else {
                menu = found.getMenu();
            }
        }
        flush();
        return true;
    }

    /** A menu item's text as shown: mnemonic marks and the accelerator removed. */
    private static String plain(String text) {
        int tab = text.indexOf('\t');
        String shown = tab < 0 ? text : text.substring(0, tab);
        return shown.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
    }

    /** The button showing {@code text} below {@code root} (a palette tool), or {@code null}. */
    static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite root, String text) {
        for (Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite c) {
                org.eclipse.swt.widgets.Button found = button(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Writes what the shell shows to target/screenshots/NAME.png. */
    static Path screenshot(Shell shell, String name) throws IOException {
        // GTK paints on its frame clock, not as pending events: give it a few frames, or the
        // picture shows the window before the last scroll or resize.
        long until = System.nanoTime() + 150_000_000L;
        waitUntil("the window is painted", () -> System.nanoTime() > until);
        Rectangle area = shell.getBounds();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            return save(image.getImageData(), name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Paints the visible map of a canvas into an image and writes it to target/screenshots/NAME.png. */
    static Path screenshot(MapCanvas canvas, String name) throws IOException {
        flush();
        Rectangle area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            canvas.paintMap(gc, 0, 0, area.width, area.height);
            return save(image.getImageData(), name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Where screenshots (and files for a person to look at) go: target/screenshots. */
    static Path screenshotFolder() throws IOException {
        Path folder = Path.of(System.getProperty("touchline.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        return folder;
    }

    private static Path save(ImageData data, String name) throws IOException {
        Path file = screenshotFolder().resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
