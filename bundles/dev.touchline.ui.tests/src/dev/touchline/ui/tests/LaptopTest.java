package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.touchline.model.Department;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.ToolPalette;

/**
 * The workbench on laptop screens: the editor's tool row wraps instead of cutting tools off, the
 * palette scrolls to its last department, and the map keeps room to work.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class LaptopTest {

    @TempDir
    Path folder;

    @AfterEach
    void restoreSize() {
        Ui.window().getShell().setSize(1600, 1000);
        Ui.flush();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({ "1366, 768", "1280, 720", "1024, 600" })
    void nothingIsOutOfReach(int width, int height) throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.page().showView(TouchlineUi.PROBLEMS_VIEW_ID);
        Ui.page().showView(TouchlineUi.DEPARTMENTS_VIEW_ID);
        Ui.page().activate(editor);
        Ui.window().getShell().setBounds(0, 0, width, height);
        Ui.flush();

        Composite row = editor.toolRow();
        Rectangle area = row.getClientArea();
        for (Control group : row.getChildren()) {
            Rectangle b = group.getBounds();
            assertTrue(b.x >= 0 && b.x + b.width <= area.width && b.y + b.height <= area.height,
                    "at " + width + " the tool row shows " + group + " whole: " + b + " in " + area);
            if (group instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    Rectangle i = item.getBounds();
                    assertTrue(i.x + i.width <= b.width, item.getText() + " fits its tool bar at " + width);
                }
            }
        }

        ToolPalette palette = editor.palette();
        ScrolledComposite scroller = (ScrolledComposite) palette.getParent();
        int needed = palette.computeSize(scroller.getClientArea().width, -1).y;
        boolean scrolls = needed > scroller.getClientArea().height;
        assertTrue(scroller.getVerticalBar().getVisible() == scrolls,
                "the palette scrolls exactly when it does not fit (" + needed + " px in "
                        + scroller.getClientArea().height + ")");
        Department last = editor.model().getDepartments().get(editor.model().getDepartments().size() - 1);
        scroller.setOrigin(0, needed);
        Ui.flush();
        Point chip = palette.chipCenter(last);
        Rectangle visible = Display.getCurrent().map(scroller, null, scroller.getClientArea());
        assertTrue(visible.contains(chip), "the last department, " + last.getName() + ", can be scrolled to at "
                + width + " x " + height + ": " + chip + " in " + visible);

        Rectangle map = editor.canvas().getClientArea();
        assertTrue(map.width >= 300 && map.height >= 150, "the map keeps room to work: " + map);
        Ui.screenshot(Ui.window().getShell(), "laptop-" + width + "x" + height);
    }
}
