package dev.touchline.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.Heatmap;
import dev.touchline.map.HeatmapLayout;
import dev.touchline.map.Palette;
import dev.touchline.map.Rect;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.HeatmapDrawing;
import dev.touchline.map.draw.TextFit;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.ui.editor.Mnemonics;
import dev.touchline.ui.editor.SwtColors;
import dev.touchline.ui.editor.SwtSurface;
import dev.touchline.ui.session.MapSession;

/**
 * Heatmap: departments × stages of the journey on the map, each cell the touchpoints the department
 * owns there, coloured by health; drawn by the one {@link HeatmapDrawing} (the workshop pack writes
 * the same drawing as SVG and PDF). Clicking a cell turns the lens on that department and stage.
 */
public final class HeatmapView extends MapEditorView {

    private final TextFit text = new TextFit(Fonts.get());
    private final HeatmapDrawing drawing = new HeatmapDrawing(text);
    private Canvas canvas;
    private SwtColors colors;
    private HeatmapLayout layout;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        colors = new SwtColors(canvas);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::click);
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.MouseHover, e -> {
            Heatmap.Cell cell = cellAt(e.x, e.y);
            canvas.setToolTipText(cell == null ? null : Mnemonics.literal(tooltip(cell)));
        });
        startFollowing();
    }

    @Override
    protected void editorChanged(MapSession map) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        layout = map == null || map.journey() == null ? null
                : new HeatmapLayout(Heatmap.of(map.journey(), map.findings()));
        setContentDescription(layout == null ? "" : "Journey " + ElementPaths.label(layout.heatmap().journey())
                + ": each cell counts a department's touchpoints (owned, supported) and the findings that concern it"
                + " in one stage; hover over a cell for the list.");
        updateScrollBars();
        canvas.redraw();
    }

    public Heatmap heatmap() {
        return layout == null ? null : layout.heatmap();
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The control point at the centre of a cell (for keyboard users' tests and tooltips). */
    public org.eclipse.swt.graphics.Point cellCenter(int row, int column) {
        Rect r = layout.cellBounds(row, column);
        return new org.eclipse.swt.graphics.Point(r.centerX() - canvas.getHorizontalBar().getSelection(),
                r.centerY() - canvas.getVerticalBar().getSelection());
    }

    private Heatmap.Cell cellAt(int x, int y) {
        return layout == null ? null : layout.cellAt(x + canvas.getHorizontalBar().getSelection(),
                y + canvas.getVerticalBar().getSelection());
    }

    private void click(Event e) {
        Heatmap.Cell cell = cellAt(e.x, e.y);
        if (cell == null || editor() == null) {
            return;
        }
        if (cell.department() != null) {
            editor().setLens(cell.department(), cell.stage());
        } else if (!cell.owned().isEmpty()) {
            editor().setLens(null, null);
            editor().reveal(cell.owned().get(0));
        }
    }

    private static String tooltip(Heatmap.Cell cell) {
        DepartmentFigures f = cell.figures();
        String who = cell.department() == null ? "No owner" : ElementPaths.label(cell.department());
        StringBuilder text = new StringBuilder(who + " in " + f.scope().label() + " \u2014 " + f.health().label());
        if (cell.department() == null) {
            text.append("\n").append(f.owned().size()).append(" touchpoint(s) nobody owns");
        } else {
            text.append("\nowns ").append(f.owned().size()).append(", supports ").append(f.supported().size());
        }
        f.owned().forEach(t -> text.append("\n \u2022 ").append(ElementPaths.label(t)));
        f.supported().forEach(t -> text.append("\n \u25e6 ").append(ElementPaths.label(t)).append(" (supports)"));
        text.append("\nfindings: ").append(f.errors()).append(" error(s), ").append(f.warnings())
                .append(" warning(s); ").append(f.offTarget()).append(" measurement(s) off target");
        return text.toString();
    }

    /** The text inside a cell (the drawing's). */
    public static String label(Heatmap.Cell cell) {
        return HeatmapDrawing.label(cell);
    }

    private void updateScrollBars() {
        int width = layout == null ? 0 : drawing.width(layout);
        int height = layout == null ? 0 : drawing.height(layout);
        var area = canvas.getClientArea();
        canvas.getHorizontalBar().setMaximum(Math.max(1, width));
        canvas.getHorizontalBar().setThumb(Math.max(1, Math.min(area.width, width)));
        canvas.getHorizontalBar().setVisible(width > area.width);
        canvas.getVerticalBar().setMaximum(Math.max(1, height));
        canvas.getVerticalBar().setThumb(Math.max(1, Math.min(area.height, height)));
        canvas.getVerticalBar().setVisible(height > area.height);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(colors.get(Palette.PAPER));
        gc.fillRectangle(canvas.getClientArea());
        SwtSurface surface = new SwtSurface(gc, colors, text);
        if (layout == null) {
            surface.text("Open a journey map to see which department owns what, stage by stage.", 10, 24,
                    dev.touchline.map.draw.MapFont.REGULAR, Palette.MUTED, false);
            return;
        }
        Transform transform = new Transform(canvas.getDisplay());
        try {
            transform.translate(-canvas.getHorizontalBar().getSelection(), -canvas.getVerticalBar().getSelection());
            gc.setTransform(transform);
            drawing.draw(surface, layout);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
