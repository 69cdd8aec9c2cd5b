package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import dev.touchline.map.Palette;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.MapFont;
import dev.touchline.map.draw.Surface;
import dev.touchline.map.draw.TextFit;
import dev.touchline.model.Department;
import dev.touchline.model.TouchlinePackage;

/**
 * The map's palette: buttons that create elements, and the departments as chips to drag onto a
 * touchpoint card to make them its owner.
 */
public final class ToolPalette extends Composite {

    static final int CHIP_HEIGHT = 26;

    private final MapCanvas map;
    private final Composite tools;
    private final Canvas chips;
    private final SwtColors colors;
    private final TextFit text = new TextFit(Fonts.get());
    private List<Department> departments = new ArrayList<>();
    private Department dragged;

    /**
     * A palette that scrolls when the window is too short for it (a laptop at 1366 x 768 has room
     * for the tools and three or four departments).
     */
    static ToolPalette scrolling(Composite parent, MapCanvas map) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true);
        scroller.getVerticalBar().setIncrement(CHIP_HEIGHT);
        ToolPalette palette = new ToolPalette(scroller, map);
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

    ToolPalette(Composite parent, MapCanvas map) {
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
        colors = new SwtColors(chips);
        chips.setToolTipText("Drag a department onto a touchpoint to make it the owner");
        chips.addListener(SWT.Paint, this::paintChips);
        chips.addListener(SWT.MouseDown, this::chipDown);
        chips.addListener(SWT.MouseMove, this::chipMove);
        chips.addListener(SWT.MouseUp, this::chipUp);
    }

    /** The create buttons: one per kind of element the map makes from the palette. */
    void addCreationTools(MapEditing editing) {
        addTool("+ Stage", "Add a stage after the selected one (Ctrl+Shift+Insert)", editing::newStage);
        addTool("+ Touchpoint", "Add a touchpoint to the selected stage (Insert)", editing::newTouchpoint);
        addTool("+ Department", "Add a department", editing::newDepartment);
        addTool("+ Brand promise", "Add a brand promise", editing::newPromise);
        addTool("+ Measurement", "Measure the selected touchpoint (Ctrl+M)", () -> editing.newMeasurement(null));
        TouchlinePackage p = TouchlinePackage.eINSTANCE;
        addTool("+ Pain point", "Add a pain point to the selected touchpoint", () -> editing.newOnSelection(p.getPainPoint()));
        addTool("+ Opportunity", "Add an opportunity to the selected touchpoint or stage",
                () -> editing.newOnSelection(p.getOpportunity()));
        addTool("+ Insight", "Add an employee insight to the selected touchpoint",
                () -> editing.newOnSelection(p.getEmployeeInsight()));
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
        Surface surface = new SwtSurface(e.gc, colors, text);
        int width = chips.getSize().x;
        for (int i = 0; i < departments.size(); i++) {
            Department department = departments.get(i);
            int y = i * (CHIP_HEIGHT + 4);
            surface.roundRect(0, y, width - 1, CHIP_HEIGHT, 6, Palette.of(department), null, 0, null);
            if (department == dragged) { // the ring inside the chip, so no edge is clipped
                surface.roundRect(1, y + 1, width - 3, CHIP_HEIGHT - 2, 6, null, Palette.INK, 2, null);
            }
            String name = department.getName() == null ? "(unnamed)" : department.getName();
            List<String> line = text.lines(name, MapFont.BOLD, width - 20, 1);
            if (!line.isEmpty()) {
                double baseline = y + (CHIP_HEIGHT + text.ascent(MapFont.BOLD)) / 2 - 1;
                surface.text(line.get(0), 10, baseline, MapFont.BOLD, Palette.PAPER, false);
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
