package dev.touchline.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.touchline.map.Health;
import dev.touchline.map.Heatmap;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Stage;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapColors;

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
            canvas.setToolTipText(cell == null ? null : tooltip(cell));
        });
        startFollowing();
    }

    @Override
    protected void editorChanged(JourneyMapEditor editor) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        heatmap = editor == null || editor.journey() == null ? null : Heatmap.of(editor.journey(), editor.findings());
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
        String who = cell.department() == null ? "Nobody" : cell.department().getName();
        StringBuilder text = new StringBuilder(who + " owns " + cell.owned().size() + " touchpoint(s) in "
                + cell.stage().getName() + " \u2014 " + cell.health().label());
        cell.owned().forEach(t -> text.append("\n \u2022 ").append(t.getName()));
        return text.toString();
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
                String label = cell.owned().size() + " tp";
                if (cell.findings() > 0) {
                    label += " \u00b7 " + cell.findings() + " finding" + (cell.findings() == 1 ? "" : "s");
                } else if (cell.offTarget() > 0) {
                    label += " \u00b7 " + cell.offTarget() + " off target";
                }
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
    }

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
