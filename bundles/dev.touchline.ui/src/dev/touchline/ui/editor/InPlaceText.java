package dev.touchline.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;

import dev.touchline.map.MapLayout;
import dev.touchline.map.commands.JourneyMapCommands;

/**
 * Editing a text where the map draws it (a name, a stage's goal, customer actions): a field over
 * the text; what is typed becomes one command on the host's stack.
 */
final class InPlaceText {

    private final Canvas canvas;
    private final MapCanvas.Host host;
    private Text shown;

    InPlaceText(Canvas canvas, MapCanvas.Host host) {
        this.canvas = canvas;
        this.host = host;
    }

    /** The field while it is open, else {@code null}. */
    Text field() {
        return shown;
    }

    /**
     * Opens a field at control point (x, y), about {@code shownWidth × shownHeight} px as the text shows on
     * screen, holding the text, selected. Enter keeps what was typed (also in a wrapping field:
     * the map wraps text itself, a line break would become a space), Esc drops it, and leaving
     * the field keeps it.
     */
    void open(MapLayout.TextField text, int x, int y, int shownWidth, int shownHeight) {
        commit();
        int style = text.multiLine() ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        Text field = new Text(canvas, SWT.BORDER | style);
        Object value = text.element().eGet(text.attribute());
        field.setText(value == null ? "" : value.toString());
        int width = Math.max(120, shownWidth - 16);
        int height = text.multiLine()
                ? Math.max(field.computeSize(width, SWT.DEFAULT).y, shownHeight - 8)
                : field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        field.setBounds(x + 8, y + 4, width, height);
        field.selectAll();
        field.setData(text);
        field.addListener(SWT.DefaultSelection, e -> commit());
        field.addListener(SWT.FocusOut, e -> commit());
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                e.doit = false;
                dispose();
            } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                e.doit = false;
                commit();
            }
        });
        shown = field;
        field.setFocus();
    }

    /** Keeps what was typed (one command) and closes the field; nothing when none is open. */
    void commit() {
        Text field = shown;
        if (field == null || field.isDisposed()) {
            return;
        }
        MapLayout.TextField text = (MapLayout.TextField) field.getData();
        String typed = field.getText();
        dispose();
        Object value = text.element().eGet(text.attribute());
        // (an element an undo took out of the map while its field was open is not changed)
        if (!typed.equals(value == null ? "" : value.toString()) && text.element().eResource() != null) {
            Command command = JourneyMapCommands.editText(host.domain(), text.element(), text.attribute(), typed);
            if (command.canExecute()) {
                host.execute(command);
            }
        }
    }

    /** Closes the field, dropping what was typed. */
    private void dispose() {
        Text field = shown;
        shown = null;
        if (field != null && !field.isDisposed()) {
            field.dispose();
            canvas.setFocus();
        }
    }
}
