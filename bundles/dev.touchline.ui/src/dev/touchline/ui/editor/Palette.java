package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import dev.touchline.model.Department;

/**
 * The map's palette: buttons that create elements, and the departments as chips to drag onto a
 * touchpoint card to make them its owner.
 */
public final class Palette extends Composite {

    static final int CHIP_HEIGHT = 26;

    private final MapCanvas map;
    private final Composite tools;
    private final Canvas chips;
    private final MapColors colors;
    private List<Department> departments = new ArrayList<>();
    private Department dragged;

    /**
     * A palette that scrolls when the window is too short for it (a laptop at 1366 x 768 has room
     * for the tools and three or four departments).
     */
    static Palette scrolling(Composite parent, MapCanvas map) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true);
        scroller.getVerticalBar().setIncrement(CHIP_HEIGHT);
        Palette palette = new Palette(scroller, map);
        scroller.setContent(palette);
        scroller.addListener(SWT.Resize, e -> palette.fitScroller());
        return palette;
    }

    /** Tells the scroller around the palette how tall it is at the scroller's width. */
    private void fitScroller() {
        if (getParent() instanceof ScrolledComposite scroller && !scroller.isDisposed()) {
            int width = scroller.getClientArea().width;
            scroller.setMinSize(computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    Palette(Composite parent, MapCanvas map) {
        super(parent, SWT.NONE);
        this.map = map;
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 6;
        grid.verticalSpacing = 4;
        setLayout(grid);
        heading("Create");
        tools = new Composite(this, SWT.NONE);
        GridLayout toolGrid = new GridLayout(1, false);
        toolGrid.marginWidth = 0;
        toolGrid.marginHeight = 0;
        tools.setLayout(toolGrid);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading("Owners");
        Label hint = new Label(this, SWT.WRAP);
        hint.setText("Drag a department onto a touchpoint to make it the owner.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chips = new Canvas(this, SWT.DOUBLE_BUFFERED);
        colors = new MapColors(chips);
        chips.setToolTipText("Drag a department onto a touchpoint to make it the owner");
        chips.addListener(SWT.Paint, this::paintChips);
        chips.addListener(SWT.MouseDown, this::chipDown);
        chips.addListener(SWT.MouseMove, this::chipMove);
        chips.addListener(SWT.MouseUp, this::chipUp);
    }

    /** Adds a create button above the department chips. */
    Button addTool(String label, String tooltip, Runnable action) {
        Button button = new Button(tools, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        fitScroller();
        return button;
    }

    private Label heading(String text) {
        Label label = new Label(this, SWT.NONE);
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.verticalIndent = 6;
        label.setLayoutData(data);
        return label;
    }

    void setDepartments(List<Department> departments) {
        this.departments = new ArrayList<>(departments);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = Math.max(CHIP_HEIGHT, departments.size() * (CHIP_HEIGHT + 4));
        chips.setLayoutData(data);
        layout(true, true);
        fitScroller();
        chips.redraw();
    }

    /** The department chip at a chips-canvas point, or {@code null}. */
    Department departmentAt(int y) {
        int index = y / (CHIP_HEIGHT + 4);
        return index >= 0 && index < departments.size() && y % (CHIP_HEIGHT + 4) < CHIP_HEIGHT
                ? departments.get(index) : null;
    }

    /** The centre of a department's chip in display coordinates (for tests and accessibility). */
    public Point chipCenter(Department department) {
        int index = departments.indexOf(department);
        return chips.toDisplay(chips.getSize().x / 2, index * (CHIP_HEIGHT + 4) + CHIP_HEIGHT / 2);
    }

    public Canvas chips() {
        return chips;
    }

    private void paintChips(Event e) {
        GC gc = e.gc;
        gc.setAntialias(SWT.ON);
        int width = chips.getSize().x;
        for (int i = 0; i < departments.size(); i++) {
            Department department = departments.get(i);
            int y = i * (CHIP_HEIGHT + 4);
            gc.setBackground(colors.of(department));
            gc.fillRoundRectangle(0, y, width - 1, CHIP_HEIGHT, 12, 12);
            gc.setForeground(colors.get(MapColors.PAPER));
            gc.setFont(colors.bold());
            String name = department.getName() == null ? "(unnamed)" : department.getName();
            gc.drawText(name, 10, y + (CHIP_HEIGHT - gc.getFontMetrics().getHeight()) / 2, true);
            if (department == dragged) {
                gc.setForeground(colors.get(MapColors.INK));
                gc.setLineWidth(2);
                gc.drawRoundRectangle(1, y + 1, width - 3, CHIP_HEIGHT - 2, 12, 12);
                gc.setLineWidth(1);
            }
        }
    }

    private void chipDown(Event e) {
        if (e.button == 1) {
            dragged = departmentAt(e.y);
            chips.redraw();
        }
    }

    private void chipMove(Event e) {
        if (dragged != null) {
            Point display = chips.toDisplay(e.x, e.y);
            map.departmentDragOver(display.x, display.y);
            chips.setCursor(chips.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        }
    }

    private void chipUp(Event e) {
        Department department = dragged;
        dragged = null;
        chips.setCursor(null);
        chips.redraw();
        if (department != null) {
            Point display = chips.toDisplay(e.x, e.y);
            map.departmentDropped(department, display.x, display.y);
        }
    }
}
