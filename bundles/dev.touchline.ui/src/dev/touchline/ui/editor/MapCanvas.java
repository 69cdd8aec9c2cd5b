package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

import dev.touchline.departments.DepartmentLens;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapTips;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Rect;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapView;
import dev.touchline.map.draw.Surface;
import dev.touchline.model.Department;
import dev.touchline.model.NamedElement;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;

/**
 * The journey map control: draws a {@link MapLayout} with the map's one {@link MapDrawing} (on an
 * {@link SwtSurface}), scrolls and zooms,
 * and turns mouse and keyboard gestures into EMF.Edit commands that its host executes. Selection,
 * dragging a card, dropping a department on a card and renaming in place live here; what to do
 * with a command (the command stack) and what the other keys mean (the editor's actions) do not.
 */
public final class MapCanvas extends Canvas {

    /** What the canvas needs from its editor. */
    public interface Host {
        /** Executes an edit on the command stack. */
        void execute(Command command);

        /** The editing domain the commands are built for. */
        org.eclipse.emf.edit.domain.EditingDomain domain();

        /** Runs a key the canvas does not handle itself (undo, copy, new, ...); true when used. */
        boolean handleKey(Event event);

        /** The latest validation findings (for tooltips). */
        FindingIndex findings();
    }

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final int DRAG_THRESHOLD = 4;

    private final Host host;
    private final MapDrawing drawing = new MapDrawing();
    private final SwtColors colors;
    private final List<Consumer<List<EObject>>> selectionListeners = new ArrayList<>();
    private final List<Runnable> zoomListeners = new ArrayList<>();
    private MapLayout layout;
    private double zoom = 1;
    private Set<EObject> selection = new LinkedHashSet<>();
    private DepartmentLens lens;
    private Touchpoint pressed;
    private Point pressPoint;
    private boolean dragging;
    private MapLayout.DropTarget drop;
    private Touchpoint ownerTarget;
    private boolean legendShown = true;
    private final InPlaceText inPlace;

    public MapCanvas(Composite parent, Host host) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.host = host;
        this.inPlace = new InPlaceText(this, host);
        this.colors = new SwtColors(this);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.MouseHover, this::hover);
        // The focus ring shows only while the map has the keyboard focus.
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
    }

    // --- state set by the editor -----------------------------------------------------------------

    /** Shows a new layout (after an edit, a journey switch, lanes shown or hidden, new findings). */
    public void setMapLayout(MapLayout layout) {
        this.layout = layout;
        selection.removeIf(e -> e.eResource() == null);
        updateScrollBars();
        redraw();
    }

    public MapLayout mapLayout() {
        return layout;
    }

    public void setLens(DepartmentLens lens) {
        this.lens = lens;
        updateScrollBars(); // the legend gains the lens's entries
        redraw();
    }

    public DepartmentLens lens() {
        return lens;
    }

    public double zoom() {
        return zoom;
    }

    /** Sets the zoom, keeping the map point under the control's point {@code (cx, cy)} in place. */
    public void setZoom(double value, int cx, int cy) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        double mx = (cx + origin().x) / zoom;
        double my = (cy + origin().y) / zoom;
        zoom = clamped;
        updateScrollBars();
        scrollTo((int) Math.round(mx * zoom) - cx, (int) Math.round(my * zoom) - cy);
        zoomListeners.forEach(Runnable::run);
    }

    /** Listens to every change of the zoom (the editor shows the level). */
    public void addZoomListener(Runnable listener) {
        zoomListeners.add(listener);
    }

    /** Zooms so the whole map fits the control. */
    public void zoomToFit() {
        if (layout == null) {
            return;
        }
        Rectangle area = getClientArea();
        double fit = Math.min(area.width / (double) layout.width(),
                Math.max(1, area.height - legendRoom()) / (double) layout.height());
        zoom = Math.max(MIN_ZOOM, Math.min(1.5, fit));
        updateScrollBars();
        scrollTo(0, 0);
        zoomListeners.forEach(Runnable::run);
    }

    // --- selection ---------------------------------------------------------------------------------

    public List<EObject> selection() {
        return List.copyOf(selection);
    }

    public void setSelection(List<? extends EObject> elements) {
        Set<EObject> next = new LinkedHashSet<>(elements);
        if (!next.equals(selection)) {
            selection = next;
            redraw();
            List<EObject> copy = selection();
            selectionListeners.forEach(l -> l.accept(copy));
        }
    }

    public void addSelectionListener(Consumer<List<EObject>> listener) {
        selectionListeners.add(listener);
    }

    /** Selects the element and scrolls so that it is in view; false when the map does not show it. */
    public boolean reveal(EObject element) {
        Rect bounds = layout == null ? null : layout.boundsOf(element);
        if (bounds == null) {
            return false;
        }
        setSelection(List.of(element));
        Rectangle area = getClientArea();
        Point o = origin();
        int x = (int) (bounds.x() * zoom);
        int y = (int) (bounds.y() * zoom);
        int w = (int) (bounds.width() * zoom);
        int h = (int) (bounds.height() * zoom);
        int nx = o.x;
        int ny = o.y;
        if (x < o.x + 160 || x + w > o.x + area.width) {
            nx = x - Math.max(160, (area.width - w) / 2);
        }
        if (y < o.y || y + h > o.y + area.height) {
            ny = y - (area.height - h) / 2;
        }
        scrollTo(nx, ny);
        return true;
    }

    // --- coordinates -----------------------------------------------------------------------------

    /** The map point under a control point. */
    public Point toMap(int x, int y) {
        Point o = origin();
        return new Point((int) Math.floor((x + o.x) / zoom), (int) Math.floor((y + o.y) / zoom));
    }

    /** The control point of a map point. */
    public Point toControl(int mapX, int mapY) {
        Point o = origin();
        return new Point((int) Math.round(mapX * zoom) - o.x, (int) Math.round(mapY * zoom) - o.y);
    }

    private Point origin() {
        return new Point(getHorizontalBar().getSelection(), getVerticalBar().getSelection());
    }

    private void scrollTo(int x, int y) {
        getHorizontalBar().setSelection(Math.max(0, x));
        getVerticalBar().setSelection(Math.max(0, y));
        redraw();
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        int width = layout == null ? 0 : (int) Math.ceil(layout.width() * zoom);
        // room under the map for the legend, so it never hides the last lane for good
        int height = layout == null ? 0 : (int) Math.ceil(layout.height() * zoom) + legendRoom();
        configure(getHorizontalBar(), width, area.width);
        configure(getVerticalBar(), height, area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        int selection = bar.getSelection();
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible - 40));
        bar.setIncrement(40);
        bar.setSelection(Math.min(selection, Math.max(0, content - visible)));
        bar.setVisible(content > visible);
    }

    // --- painting ----------------------------------------------------------------------------------

    private void paint(Event e) {
        GC gc = e.gc;
        if (layout == null) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(e.x, e.y, e.width, e.height);
            gc.drawText("This model has no journey yet. Right-click or use the palette to add one.", 20, 20, true);
            return;
        }
        paintMap(gc, e.x, e.y, e.width, e.height);
        dev.touchline.ui.StartupTrace.mark("first map painted");
    }

    /** Paints the map area of the control rectangle {@code (x, y, w, h)}; used by screenshots too. */
    public void paintMap(GC gc, int x, int y, int width, int height) {
        paintMap(gc, x, y, width, height, UnaryOperator.identity());
    }

    /**
     * {@link #paintMap(GC, int, int, int, int)}, drawing on {@code through} the SWT surface (a
     * test records there what the SWT back end is asked to draw).
     */
    public void paintMap(GC gc, int x, int y, int width, int height, UnaryOperator<Surface> through) {
        Point o = origin();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(x, y, width, height);
        Transform transform = new Transform(getDisplay());
        try {
            transform.translate(-o.x, -o.y);
            transform.scale((float) zoom, (float) zoom);
            gc.setTransform(transform);
            int mx = (int) Math.floor((x + o.x) / zoom);
            int my = (int) Math.floor((y + o.y) / zoom);
            int mw = (int) Math.ceil(width / zoom) + 2;
            int mh = (int) Math.ceil(height / zoom) + 2;
            int right = Math.min(mx + mw, layout.width());
            int bottom = Math.min(my + mh, layout.height());
            if (right > mx && bottom > my) {
                gc.setClipping(mx, my, right - mx, bottom - my);
                drawing.draw(through.apply(new SwtSurface(gc, colors, drawing.text())), layout, view(),
                        new Rect(mx, my, right - mx, bottom - my));
            }
        } finally {
            gc.setTransform(null);
            gc.setClipping((Rectangle) null);
            transform.dispose();
        }
        Rectangle view = getClientArea();
        if (legendShown) {
            int legendHeight = drawing.legendSize(view.width - 16, lens)[1];
            drawing.legend(through.apply(new SwtSurface(gc, colors, drawing.text())), 8, view.height - legendHeight - 8,
                    view.width - 16, lens);
        }
        if (isFocusControl() && selection.isEmpty()) {
            // the map itself has the focus: a ring inside the view's edge
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(view.x + 1, view.y + 1, view.width - 3, view.height - 3);
            gc.setLineWidth(1);
        }
    }

    /**
     * Draws the part {@code visible} of the map (map coordinates) as the canvas shows it now
     * (lens, selection, focus, drag feedback) on {@code surface}: what a paint issues, for a test
     * to compare with an export's drawing.
     */
    public void drawOn(Surface surface, Rect visible) {
        drawing.draw(surface, layout, view(), visible);
    }

    /** What the canvas shows besides the layout: lens, selection, focus ring, drag feedback. */
    public MapView view() {
        EObject focus = isFocusControl() && !selection.isEmpty() ? selection.iterator().next() : null;
        return new MapView(lens, selection, focus, dragging ? drop : null, ownerTarget);
    }

    /** Whether the legend is shown over the map (bottom left of the view). */
    public void setLegendShown(boolean shown) {
        legendShown = shown;
        updateScrollBars();
        redraw();
    }

    /** The height the legend takes at the bottom of the view (0 when hidden). */
    private int legendRoom() {
        if (!legendShown || layout == null) {
            return 0;
        }
        return drawing.legendSize(getClientArea().width - 16, lens)[1] + 16;
    }

    public boolean legendShown() {
        return legendShown;
    }

    /** The tooltip for the point under the pointer: what a badge means, a card's details. */
    private void hover(Event e) {
        String tip = null;
        if (layout != null && pressed == null) {
            Point p = toMap(e.x, e.y);
            tip = MapTips.at(layout, host.findings(), p.x, p.y);
            // SWT takes "&" in a tooltip as a mnemonic mark: "Billing & Accounting" would lose it
            tip = tip == null ? null : Mnemonics.literal(tip);
        }
        if (!java.util.Objects.equals(tip, getToolTipText())) {
            setToolTipText(tip);
        }
    }

    // --- mouse ---------------------------------------------------------------------------------------

    private void mouseDown(Event e) {
        setFocus();
        inPlace.commit();
        if (layout == null || e.button > 3) {
            return;
        }
        Point p = toMap(e.x, e.y);
        // The lane titles are pinned over the map's left edge: nothing under them can be hit.
        EObject hit = e.x < JourneyMapLayout.GUTTER * zoom ? null : layout.elementAt(p.x, p.y);
        if (e.button == 3 && hit != null && selection.contains(hit)) {
            return;
        }
        if ((e.stateMask & SWT.MOD1) != 0 && hit != null) {
            List<EObject> next = new ArrayList<>(selection);
            if (!next.remove(hit)) {
                next.add(hit);
            }
            setSelection(next);
        } else {
            setSelection(hit == null ? List.of() : List.of(hit));
        }
        if (e.button == 1 && hit instanceof Touchpoint touchpoint) {
            pressed = touchpoint;
            pressPoint = new Point(e.x, e.y);
        }
    }

    private void mouseMove(Event e) {
        if (pressed == null || layout == null) {
            return;
        }
        if (!dragging && Math.abs(e.x - pressPoint.x) + Math.abs(e.y - pressPoint.y) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        Point p = toMap(e.x, e.y);
        drop = layout.dropTargetAt(p.x, p.y, Lane.of(pressed.getVisibility()));
        setCursor(getDisplay().getSystemCursor(drop == null ? SWT.CURSOR_NO : SWT.CURSOR_HAND));
        redraw();
    }

    private void mouseUp(Event e) {
        Touchpoint moved = pressed;
        MapLayout.DropTarget target = drop;
        boolean wasDragging = dragging;
        pressed = null;
        dragging = false;
        drop = null;
        setCursor(null);
        if (wasDragging && moved != null && target != null) {
            Command command = JourneyMapCommands.moveTouchpoint(host.domain(), moved, target);
            if (command.canExecute()) {
                host.execute(command);
            }
        }
        redraw();
    }

    /** A double-click edits the text under the pointer where it is drawn (a name, a goal, customer actions). */
    private void mouseDoubleClick(Event e) {
        if (layout == null || e.button != 1) {
            return;
        }
        Point p = toMap(e.x, e.y);
        if (e.x < JourneyMapLayout.GUTTER * zoom) {
            // The left margin is pinned to the view: its top corner holds the journey's name.
            MapLayout.TextField title = layout.journeyTitle();
            if (p.y < title.bounds().bottom()) {
                Point o = origin();
                beginEdit(title, new Rect((int) (o.x / zoom), title.bounds().y(), title.bounds().width(),
                        title.bounds().height()));
            }
            return;
        }
        MapLayout.TextField field = layout.textAt(p.x, p.y);
        if (field != null) {
            beginEdit(field, field.bounds());
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * (e.count > 0 ? 1.15 : 1 / 1.15), e.x, e.y);
            e.doit = false;
        }
    }

    // --- department dropped from the palette -----------------------------------------------------------

    /** Feedback while a department is dragged over the map at display point {@code (x, y)}. */
    public void departmentDragOver(int displayX, int displayY) {
        Touchpoint target = cardAtDisplay(displayX, displayY);
        if (target != ownerTarget) {
            ownerTarget = target;
            redraw();
        }
    }

    /** A department dropped at display point {@code (x, y)}: it becomes the owner of the card there. */
    public boolean departmentDropped(Department department, int displayX, int displayY) {
        Touchpoint target = cardAtDisplay(displayX, displayY);
        ownerTarget = null;
        redraw();
        if (target == null || target.getOwner() == department) {
            return false;
        }
        host.execute(JourneyMapCommands.assignOwner(host.domain(), target, department));
        setSelection(List.of(target));
        return true;
    }

    private Touchpoint cardAtDisplay(int displayX, int displayY) {
        if (layout == null) {
            return null;
        }
        Point local = toControl(getDisplay(), displayX, displayY);
        if (!getClientArea().contains(local)) {
            return null;
        }
        Point p = toMap(local.x, local.y);
        return layout.elementAt(p.x, p.y) instanceof Touchpoint touchpoint ? touchpoint : null;
    }

    private Point toControl(org.eclipse.swt.widgets.Display display, int displayX, int displayY) {
        return display.map(null, this, displayX, displayY);
    }

    // --- keyboard ------------------------------------------------------------------------------------

    private void keyDown(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '+' || e.character == '=')) {
            setZoom(zoom * 1.25, getClientArea().width / 2, getClientArea().height / 2);
        } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') {
            setZoom(zoom / 1.25, getClientArea().width / 2, getClientArea().height / 2);
        } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '0') {
            zoomToFit();
        } else if (arrow(e.keyCode) != null && (e.stateMask & SWT.MODIFIER_MASK) == 0 && layout != null) {
            // Arrows move the selection between cards and stage headers, and bring it into view.
            EObject from = selection.size() == 1 ? selection.iterator().next() : null;
            EObject next = layout.neighbour(from, arrow(e.keyCode));
            if (next != null) {
                reveal(next);
            }
        } else if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
            // Shift+arrows scroll.
            Point o = origin();
            scrollTo(o.x, o.y + (e.keyCode == SWT.ARROW_DOWN ? 40 : -40));
        } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT) {
            Point o = origin();
            scrollTo(o.x + (e.keyCode == SWT.ARROW_RIGHT ? 40 : -40), o.y);
        } else {
            host.handleKey(e);
        }
    }

    private static MapLayout.Direction arrow(int keyCode) {
        return switch (keyCode) {
            case SWT.ARROW_LEFT -> MapLayout.Direction.LEFT;
            case SWT.ARROW_RIGHT -> MapLayout.Direction.RIGHT;
            case SWT.ARROW_UP -> MapLayout.Direction.UP;
            case SWT.ARROW_DOWN -> MapLayout.Direction.DOWN;
            default -> null;
        };
    }

    // --- rename in place -------------------------------------------------------------------------------

    /** Opens the in-place editor on the selected element, if it has a name. */
    public void renameSelection() {
        if (selection.size() == 1 && selection.iterator().next() instanceof NamedElement named) {
            beginRename(named);
        }
    }

    /** The in-place rename field while it is open, else {@code null}. */
    public Text renameField() {
        return inPlace.field();
    }

    private void beginRename(NamedElement element) {
        Rect bounds = layout.boundsOf(element);
        if (bounds != null) {
            beginEdit(new MapLayout.TextField(element, TouchlinePackage.Literals.NAMED_ELEMENT__NAME, bounds, false),
                    bounds);
        }
    }

    /** Opens the in-place field over {@code at} (map units), at the control's current zoom and scroll. */
    private void beginEdit(MapLayout.TextField text, Rect at) {
        Point topLeft = toControl(at.x(), at.y());
        inPlace.open(text, topLeft.x, topLeft.y, (int) (at.width() * zoom), (int) (at.height() * zoom));
    }
}
