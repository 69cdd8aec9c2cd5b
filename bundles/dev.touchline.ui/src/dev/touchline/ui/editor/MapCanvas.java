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
import dev.touchline.map.MapLayout;
import dev.touchline.map.Rect;
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
 * and holds the selection; {@link MapGestures} turns mouse and keyboard gestures into EMF.Edit
 * commands that its host executes, and {@link InPlaceText} renames in place. What to do with a
 * command (the command stack) and what the other keys mean (plugin.xml's commands) live elsewhere.
 */
public final class MapCanvas extends Canvas {

    /** What the canvas needs from its editor. */
    public interface Host {
        /** Executes an edit on the command stack. */
        void execute(Command command);

        /** The editing domain the commands are built for. */
        org.eclipse.emf.edit.domain.EditingDomain domain();

        /** The latest validation findings (for tooltips). */
        FindingIndex findings();
    }

    public static final double MIN_ZOOM = 0.1;
    /** The factor of one Zoom In (Ctrl+=, the tool row's +). */
    public static final double ZOOM_STEP = 1.25;
    public static final double MAX_ZOOM = 4;

    private final Host host;
    private final MapDrawing drawing = new MapDrawing();
    private final SwtColors colors;
    private final List<Consumer<List<EObject>>> selectionListeners = new ArrayList<>();
    private final List<Runnable> zoomListeners = new ArrayList<>();
    private MapLayout layout;
    private double zoom = 1;
    private Set<EObject> selection = new LinkedHashSet<>();
    private DepartmentLens lens;
    private boolean legendShown = true;
    private final InPlaceText inPlace;
    private final MapGestures gestures;

    public MapCanvas(Composite parent, Host host) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.host = host;
        this.inPlace = new InPlaceText(this, host);
        this.colors = new SwtColors(this);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        this.gestures = new MapGestures(this, host);
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
        updateScrollBars();
        redraw();
        // Elements an edit took out of the model leave the selection, and the listeners are told:
        // Properties must not go on showing (and editing) a deleted stage.
        List<EObject> kept = selection.stream().filter(e -> e.eResource() != null).toList();
        if (kept.size() != selection.size()) {
            setSelection(kept);
        }
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

    /** Zooms by {@code factor} around the middle of the view. */
    public void zoomBy(double factor) {
        setZoom(zoom * factor, getClientArea().width / 2, getClientArea().height / 2);
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

    /** The map's scroll position (control pixels). */
    Point origin() {
        return new Point(getHorizontalBar().getSelection(), getVerticalBar().getSelection());
    }

    void scrollTo(int x, int y) {
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
            gc.setLineStyle(SWT.LINE_SOLID); // the drawing's last stroke may have left a dash
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
        return new MapView(lens, selection, focus, gestures.dropShown(), gestures.ownerTarget());
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

    // --- department dropped from the palette -----------------------------------------------------------

    /** Feedback while a department is dragged over the map at display point {@code (x, y)}. */
    public void departmentDragOver(int displayX, int displayY) {
        gestures.departmentDragOver(displayX, displayY);
    }

    /** A department dropped at display point {@code (x, y)}: it becomes the owner of the card there. */
    public boolean departmentDropped(Department department, int displayX, int displayY) {
        return gestures.departmentDropped(department, displayX, displayY);
    }

    // --- rename in place -------------------------------------------------------------------------------

    /** Opens the in-place editor on the selected element, if it has a name. */
    public void renameSelection() {
        // scrolled into view first: F2 on a card off screen opened a field nobody could see
        if (selection.size() == 1 && selection.iterator().next() instanceof NamedElement named && reveal(named)) {
            beginRename(named);
        }
    }

    /** Ends an open in-place edit, keeping its text. */
    void commitEdit() {
        inPlace.commit();
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
    void beginEdit(MapLayout.TextField text, Rect at) {
        Point topLeft = toControl(at.x(), at.y());
        inPlace.open(text, topLeft.x, topLeft.y, (int) (at.width() * zoom), (int) (at.height() * zoom));
    }
}
