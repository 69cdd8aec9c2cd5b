package dev.touchline.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

import dev.touchline.model.Department;
import dev.touchline.ui.editor.JourneyMapEditor;

/** Drags department chips from the map's palette, with the events a mouse drag sends. */
final class PaletteDriver {

    private final Canvas chips;
    private final JourneyMapEditor editor;

    PaletteDriver(JourneyMapEditor editor) {
        this.editor = editor;
        this.chips = editor.palette().chips();
    }

    /** Presses on the department's chip, moves to the display point and releases there. */
    void dragDepartment(Department department, Point displayTarget) {
        Point start = chips.toControl(editor.palette().chipCenter(department));
        Point end = chips.toControl(displayTarget);
        Ui.mouse(chips, SWT.MouseDown, start.x, start.y, 1, 0);
        for (int step = 1; step <= 4; step++) {
            Ui.mouse(chips, SWT.MouseMove, start.x + (end.x - start.x) * step / 4,
                    start.y + (end.y - start.y) * step / 4, 0, SWT.BUTTON1);
        }
        Ui.mouse(chips, SWT.MouseUp, end.x, end.y, 1, SWT.BUTTON1);
    }
}
