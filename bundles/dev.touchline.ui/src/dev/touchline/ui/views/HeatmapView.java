package dev.touchline.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.touchline.map.DepartmentFigures;
import dev.touchline.map.Health;
import dev.touchline.map.Heatmap;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Stage;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapColors;
import dev.touchline.ui.editor.Mnemonics;

/**
 * Heatmap: departments × stages of the journey on the map, each cell the touchpoints the department
 * owns there, coloured by health. Clicking a cell turns the lens on that department and stage.
 */
public final class HeatmapView extends MapEditorView {

    private Canvas canvas;
    private MapColors colors;
    private Heatmap heatmap;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        colors = new MapColors(canvas);
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
    protected void editorChanged(JourneyMapEditor editor) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        heatmap = editor == null || editor.journey() == null ? null : Heatmap.of(editor.journey(), editor.findings());
        setContentDescription(heatmap == null ? "" : "Journey " + ElementPaths.label(heatmap.journey())
                + ": each cell counts a department's touchpoints (owned, supported) and the findings that concern it"
                + " in one stage.");
        updateScrollBars();
        canvas.redraw();
    }

    public Heatmap heatmap() {
        return heatmap;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The control point at the centre of a cell (for keyboard users' tests and tooltips). */
    public org.eclipse.swt.graphics.Point cellCenter(int row, int column) {
        Rect r = heatmap.cellBounds(row, column);
        return new org.eclipse.swt.graphics.Point(r.centerX() - canvas.getHorizontalBar().getSelection(),
                r.centerY() - canvas.getVerticalBar().getSelection());
    }

    private Heatmap.Cell cellAt(int x, int y) {
        return heatmap == null ? null : heatmap.cellAt(x + canvas.getHorizontalBar().getSelection(),
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

    /** The text inside a cell. */
    public static String label(Heatmap.Cell cell) {
        DepartmentFigures f = cell.figures();
        List<String> parts = new ArrayList<>();
        if (cell.department() == null) {
            parts.add(f.owned().size() + " tp");
        } else {
            if (!f.owned().isEmpty()) {
                parts.add(f.owned().size() + " own");
            }
            if (!f.supported().isEmpty()) {
                parts.add(f.supported().size() + " sup");
            }
        }
        if (!f.findings().isEmpty()) {
            parts.add(f.findings().size() + " \u26a0");
        }
        return String.join(" \u00b7 ", parts);
    }

    private void updateScrollBars() {
        int width = heatmap == null ? 0 : heatmap.width();
        int height = heatmap == null ? 0 : heatmap.height();
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
        gc.setBackground(colors.get(MapColors.PAPER));
        gc.fillRectangle(canvas.getClientArea());
        if (heatmap == null) {
            gc.setForeground(colors.get(MapColors.MUTED));
            gc.drawText("Open a journey map to see which department owns what, stage by stage.", 10, 10, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        int ox = canvas.getHorizontalBar().getSelection();
        int oy = canvas.getVerticalBar().getSelection();
        gc.setFont(colors.bold());
        gc.setForeground(colors.get(MapColors.INK));
        for (int c = 0; c < heatmap.columnCount(); c++) {
            Rect r = heatmap.cellBounds(0, c);
            Stage stage = heatmap.journey().getStages().get(c);
            drawClipped(gc, stage.getName(), r.x() - ox + 6, 8 - oy, Heatmap.CELL_WIDTH - 10);
            gc.setFont(colors.small());
            gc.setForeground(colors.get(MapColors.MUTED));
            gc.drawText("stage " + (c + 1), r.x() - ox + 6, 26 - oy, true);
            gc.setFont(colors.bold());
            gc.setForeground(colors.get(MapColors.INK));
        }
        for (int row = 0; row < heatmap.rowCount(); row++) {
            Department department = heatmap.rows().get(row);
            Rect first = heatmap.cellBounds(row, 0);
            int y = first.y() - oy;
            gc.setBackground(department == null ? colors.get(MapColors.POOR) : colors.of(department));
            gc.fillRoundRectangle(6 - ox, y + 12, 14, 14, 4, 4);
            gc.setForeground(colors.get(MapColors.INK));
            gc.setFont(department == null ? colors.bold() : colors.regular());
            drawClipped(gc, department == null ? "No owner" : department.getName(), 26 - ox, y + 12,
                    Heatmap.ROW_HEADER_WIDTH - 34);
            for (int c = 0; c < heatmap.columnCount(); c++) {
                Heatmap.Cell cell = heatmap.cell(row, c);
                Rect r = heatmap.cellBounds(row, c);
                int x = r.x() - ox + 2;
                int cy = r.y() - oy + 2;
                gc.setBackground(colors.of(cell.health()));
                gc.fillRoundRectangle(x, cy, r.width() - 4, r.height() - 4, 8, 8);
                if (cell.health() == Health.NONE) {
                    continue;
                }
                gc.setForeground(colors.get(cell.health() == Health.WATCH ? MapColors.INK : MapColors.PAPER));
                gc.setFont(colors.bold());
                String label = label(cell);
                drawClipped(gc, label, x + 8, cy + (r.height() - 4 - gc.getFontMetrics().getHeight()) / 2,
                        r.width() - 18);
            }
        }
        gc.setFont(colors.small());
        gc.setForeground(colors.get(MapColors.MUTED));
        int legendY = heatmap.height() + 10 - oy;
        int lx = 6 - ox;
        for (Health h : Health.values()) {
            gc.setBackground(colors.of(h));
            gc.fillRoundRectangle(lx, legendY + 2, 12, 12, 3, 3);
            gc.drawText(h.label(), lx + 16, legendY, true);
            lx += gc.textExtent(h.label()).x + 34;
        }
        gc.drawText(CELL_KEY, lx, legendY, true);
    }

    /** What the short words in a cell mean. */
    static final String CELL_KEY = "In a cell: own = touchpoints owned, sup = supported, \u26a0 = findings that concern"
            + " the department; hover for the list";

    private static void drawClipped(GC gc, String text, int x, int y, int width) {
        String value = text == null ? "" : text;
        while (value.length() > 1 && gc.textExtent(value).x > width) {
            value = value.substring(0, value.length() - 2) + "\u2026";
            if (value.length() <= 2) {
                break;
            }
        }
        gc.drawText(value, x, y, true);
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
