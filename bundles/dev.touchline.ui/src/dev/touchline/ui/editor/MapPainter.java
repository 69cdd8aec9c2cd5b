package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;

import dev.touchline.map.Badge;
import dev.touchline.map.DepartmentLens;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.MapLegend;
import dev.touchline.map.MapText;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Targets;

/**
 * Paints a {@link MapLayout} with SWT, in map coordinates (the caller sets the zoom transform).
 * It decides nothing about geometry: that is the layout's job. It paints only what intersects the
 * visible area, and caches text fitting, so a repaint of a large map stays cheap.
 */
public final class MapPainter {

    /**
     * What changes between paints besides the model: selection, lens, drag feedback.
     *
     * @param selection the selected elements
     * @param lens the department lens, or {@code null}
     * @param drop where a dragged touchpoint would land, or {@code null}
     * @param ownerTarget the card a department is being dragged onto, or {@code null}
     * @param focus the element with the keyboard focus ring (the map has the focus), or {@code null}
     */
    public record Decor(Set<EObject> selection, DepartmentLens lens, MapLayout.DropTarget drop,
            Touchpoint ownerTarget, EObject focus) {
        public static final Decor NONE = new Decor(Set.of(), null, null, null, null);
    }

    private final MapColors colors;
    private final TextFitter text = new TextFitter();

    public MapPainter(MapColors colors) {
        this.colors = colors;
    }

    /** Paints the part of the map inside {@code visible} (map coordinates). */
    public void paint(GC gc, MapLayout layout, Rect visible, Decor decor) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(colors.get(MapColors.PAPER));
        gc.fillRectangle(visible.x(), visible.y(), visible.width(), visible.height());
        paintLanes(gc, layout, visible);
        paintStageHeaders(gc, layout, visible, decor);
        for (MapLayout.Note note : layout.notes()) {
            if (note.bounds().intersects(visible)) {
                paintNote(gc, note, decor);
            }
        }
        for (MapLayout.MetricBar bar : layout.metrics()) {
            if (bar.bounds().intersects(visible)) {
                paintMetric(gc, bar, decor);
            }
        }
        paintEmotion(gc, layout);
        for (MapLayout.Card card : layout.cardsIn(visible)) {
            paintCard(gc, card, decor);
        }
        paintDrop(gc, layout, decor);
        paintFocus(gc, layout, decor);
        paintGutter(gc, layout, visible);
    }

    private void paintLanes(GC gc, MapLayout layout, Rect visible) {
        boolean odd = false;
        for (MapLayout.LaneBand band : layout.lanes()) {
            Rect b = band.bounds();
            gc.setBackground(colors.get(odd ? MapColors.BAND : MapColors.PAPER));
            gc.fillRectangle(b.x(), b.y(), b.width(), b.height());
            gc.setForeground(colors.get(MapColors.LINE));
            gc.setLineWidth(1);
            gc.drawLine(b.x(), b.bottom() - 1, b.right(), b.bottom() - 1);
            odd = !odd;
        }
        gc.setForeground(colors.get(MapColors.LINE));
        for (MapLayout.StageColumn column : layout.stages()) {
            Rect c = column.column();
            if (c.x() <= visible.right() && c.right() >= visible.x()) {
                gc.drawLine(c.right() - 1, 0, c.right() - 1, layout.height());
            }
        }
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(2);
        gc.setForeground(colors.get(MapColors.HEADER));
        for (MapLayout.Divider divider : layout.dividers()) {
            gc.drawLine(0, divider.y(), layout.width(), divider.y());
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private void paintStageHeaders(GC gc, MapLayout layout, Rect visible, Decor decor) {
        gc.setBackground(colors.get(MapColors.HEADER));
        gc.fillRectangle(0, 0, layout.width(), layout.stages().isEmpty() ? 0
                : layout.stages().get(0).header().height());
        for (MapLayout.StageColumn column : layout.stages()) {
            Rect h = column.header();
            if (!h.intersects(visible)) {
                continue;
            }
            Stage stage = column.stage();
            boolean focused = decor.lens() != null && decor.lens().focus() == stage;
            if (focused) {
                gc.setBackground(colors.get(MapColors.SELECTION));
                gc.fillRectangle(h.x(), h.y(), h.width(), h.height());
            }
            int inner = h.width() - 24;
            gc.setForeground(colors.get(MapColors.PAPER));
            String[] name = text.fit(gc, colors.title(), (column.index() + 1) + ". " + stage.getName(), inner, 1);
            drawLines(gc, name, h.x() + 12, h.y() + 10, 20);
            gc.setForeground(colors.get(MapColors.HEADER_TEXT));
            String goal = stage.getCustomerGoal() == null ? "" : "Goal: " + stage.getCustomerGoal();
            drawLines(gc, text.fit(gc, colors.regular(), goal, inner, 2), h.x() + 12,
                    h.y() + JourneyMapLayout.HEADER_GOAL_Y, 17);
            Integer emotion = stage.getEmotion();
            gc.setFont(colors.small());
            String feeling = emotion == null ? "Emotion not set" : "Emotion " + signed(emotion);
            gc.setBackground(colors.get(emotion == null ? MapColors.MUTED : emotion > 0 ? MapColors.GOOD
                    : emotion < 0 ? MapColors.POOR : MapColors.WATCH));
            gc.fillOval(h.x() + 12, h.bottom() - 20, 10, 10);
            gc.setForeground(colors.get(MapColors.PAPER));
            gc.drawText(feeling, h.x() + 28, h.bottom() - 24, true);
            if (decor.selection().contains(stage)) {
                gc.setForeground(colors.get(MapColors.GOLD));
                gc.setLineWidth(3);
                gc.drawRectangle(h.x() + 2, h.y() + 2, h.width() - 5, h.height() - 5);
                gc.setLineWidth(1);
            }
        }
    }

    private void paintNote(GC gc, MapLayout.Note note, Decor decor) {
        Rect b = note.bounds();
        EObject element = note.element();
        String label = MapText.noteLabel(element);
        Color fill = colors.get(MapColors.rgb(MapText.noteFill(element)));
        Color edge = colors.get(MapColors.rgb(MapText.noteEdge(element)));
        int alpha = faded(decor, element) ? 70 : 255;
        gc.setAlpha(alpha);
        gc.setBackground(fill);
        gc.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8, 8);
        boolean selected = decor.selection().contains(element);
        gc.setForeground(selected ? colors.get(MapColors.SELECTION) : edge);
        gc.setLineWidth(selected ? 3 : 1);
        gc.drawRoundRectangle(b.x(), b.y(), b.width() - 1, b.height() - 1, 8, 8);
        gc.setLineWidth(1);
        gc.setForeground(colors.get(element instanceof Stage ? MapColors.MUTED : MapColors.INK));
        int lines = Math.max(1, (b.height() - 8) / 17);
        drawLines(gc, text.fit(gc, colors.regular(), label, b.width() - 16, lines), b.x() + 8, b.y() + 5, 17);
        gc.setAlpha(255);
    }

    private void paintMetric(GC gc, MapLayout.MetricBar bar, Decor decor) {
        Rect b = bar.bounds();
        Measurement measurement = bar.measurement();
        gc.setAlpha(faded(decor, measurement) ? 70 : 255);
        gc.setBackground(colors.get(MapColors.PAPER));
        gc.fillRectangle(b.x(), b.y(), b.width(), b.height());
        Color status = colors.get(switch (bar.status()) {
            case ON_TARGET -> MapColors.GOOD;
            case OFF_TARGET -> MapColors.POOR;
            case UNKNOWN -> MapColors.MUTED;
        });
        // Track: the metric's scale (or 0..max of target and actual); fill: actual; tick: target.
        Double target = measurement.getTarget();
        Double actual = measurement.getActual();
        double[] range = MapText.metricRange(measurement);
        int trackY = b.bottom() - 9;
        gc.setBackground(colors.get(MapColors.NONE));
        gc.fillRectangle(b.x(), trackY, b.width(), 6);
        if (actual != null && range[1] > range[0]) {
            gc.setBackground(status);
            gc.fillRectangle(b.x(), trackY, MapText.scale(actual, range, b.width()), 6);
        }
        if (target != null && range[1] > range[0]) {
            int tx = b.x() + MapText.scale(target, range, b.width());
            gc.setForeground(colors.get(MapColors.INK));
            gc.setLineWidth(2);
            gc.drawLine(tx, trackY - 3, tx, trackY + 8);
            gc.setLineWidth(1);
        }
        String label = MapText.metricLabel(measurement);
        gc.setForeground(bar.status() == Targets.Status.OFF_TARGET ? status : colors.get(MapColors.INK));
        drawLines(gc, text.fit(gc, colors.small(), label, b.width(), 1), b.x(), b.y(), 15);
        if (decor.selection().contains(measurement)) {
            gc.setForeground(colors.get(MapColors.SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(b.x() - 2, b.y() - 2, b.width() + 3, b.height() + 3);
            gc.setLineWidth(1);
        }
        gc.setAlpha(255);
    }

    private void paintEmotion(GC gc, MapLayout layout) {
        MapLayout.LaneBand band = layout.lane(Lane.EMOTION);
        if (band == null) {
            return;
        }
        Rect b = band.bounds();
        int usable = b.height() - 24;
        int range = layout.emotionMax() - layout.emotionMin();
        int zeroY = b.y() + 12 + layout.emotionMax() * usable / range;
        if (layout.emotionMin() < 0 && layout.emotionMax() > 0) {
            gc.setForeground(colors.get(MapColors.LINE));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(b.x() + JourneyMapLayout.GUTTER, zeroY, b.right(), zeroY);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setForeground(colors.get(MapColors.CURVE));
        gc.setLineWidth(3);
        for (MapLayout.CurveSegment s : layout.curveSegments()) {
            Path path = new Path(gc.getDevice());
            try {
                path.moveTo(s.x1(), s.y1());
                path.cubicTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x2(), s.y2());
                gc.drawPath(path);
            } finally {
                path.dispose();
            }
        }
        gc.setLineWidth(1);
        gc.setFont(colors.small());
        for (MapLayout.CurvePoint point : layout.curve()) {
            gc.setBackground(colors.get(point.emotion() > 0 ? MapColors.GOOD : point.emotion() < 0 ? MapColors.POOR
                    : MapColors.WATCH));
            gc.fillOval(point.x() - 7, point.y() - 7, 14, 14);
            gc.setForeground(colors.get(MapColors.PAPER));
            gc.setLineWidth(2);
            gc.drawOval(point.x() - 7, point.y() - 7, 14, 14);
            gc.setLineWidth(1);
            gc.setForeground(colors.get(MapColors.INK));
            gc.drawText(signed(point.emotion()), point.x() + 11, point.y() - 8, true);
        }
    }

    private void paintCard(GC gc, MapLayout.Card card, Decor decor) {
        Rect b = card.bounds();
        Touchpoint touchpoint = card.touchpoint();
        Department owner = touchpoint.getOwner();
        DepartmentLens lens = decor.lens();
        DepartmentLens.Role role = lens == null ? null : lens.roleOf(touchpoint);
        gc.setAlpha(role == DepartmentLens.Role.OTHER ? 60 : 255);
        gc.setBackground(colors.get(MapColors.PAPER));
        gc.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), 10, 10);
        // The owner's colour as a strip on the left; a missing owner leaves it pale (and a badge says why).
        gc.setBackground(owner == null ? colors.get(MapColors.LINE) : colors.of(owner));
        gc.fillRoundRectangle(b.x(), b.y(), 10, b.height(), 10, 10);
        gc.fillRectangle(b.x() + 5, b.y(), 5, b.height());

        boolean selected = decor.selection().contains(touchpoint);
        boolean target = decor.ownerTarget() == touchpoint;
        if (selected || target) {
            gc.setForeground(colors.get(MapColors.SELECTION));
            gc.setLineWidth(3);
        } else if (role == DepartmentLens.Role.OWNED || role == DepartmentLens.Role.SUPPORTED) {
            gc.setForeground(colors.of(lens.department()));
            gc.setLineWidth(3);
            gc.setLineStyle(role == DepartmentLens.Role.SUPPORTED ? SWT.LINE_DASH : SWT.LINE_SOLID);
        } else {
            gc.setForeground(colors.get(MapColors.LINE));
        }
        gc.drawRoundRectangle(b.x(), b.y(), b.width() - 1, b.height() - 1, 10, 10);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);

        Set<Badge> badges = card.badges();
        int textWidth = b.width() - 22 - badges.size() * 18;
        gc.setForeground(colors.get(MapColors.INK));
        drawLines(gc, text.fit(gc, colors.bold(), touchpoint.getName(), textWidth, 2), b.x() + 16, b.y() + 5, 17);
        gc.setForeground(colors.get(MapColors.MUTED));
        String channel = touchpoint.getChannel() == null ? "no channel" : touchpoint.getChannel().getName();
        String ownerName = owner == null ? "No owner" : owner.getName();
        drawLines(gc, text.fit(gc, colors.small(), channel + " \u00b7 " + ownerName, b.width() - 24, 1), b.x() + 16,
                b.bottom() - 21, 15);
        int index = 0;
        for (Badge badge : badges) {
            Rect at = MapLayout.badgeBounds(card, index++);
            paintBadge(gc, badge.color(), badge.glyph(), at.x(), at.y());
        }
        gc.setAlpha(255);
    }

    private void paintBadge(GC gc, int color, String glyph, int x, int y) {
        gc.setBackground(colors.get(MapColors.rgb(color)));
        gc.fillOval(x, y, MapLayout.BADGE_SIZE, MapLayout.BADGE_SIZE);
        gc.setForeground(colors.get(MapColors.PAPER));
        gc.setFont(colors.small());
        int w = gc.textExtent(glyph).x;
        gc.drawText(glyph, x + (MapLayout.BADGE_SIZE - w) / 2, y, true);
    }

    /** Height of the legend's row of entries. */
    public static final int LEGEND_ROW = 24;

    /**
     * Paints the legend ({@link MapLegend}) in rows at most {@code maxWidth} wide from
     * {@code (x, y)}, on a white box; returns its size. The editor shows it over the map, the map
     * image under it.
     */
    public org.eclipse.swt.graphics.Point paintLegend(GC gc, int x, int y, int maxWidth, DepartmentLens lens) {
        List<MapLegend.Entry> entries = legendEntries(lens);
        List<int[]> places = new ArrayList<>();
        org.eclipse.swt.graphics.Point size = placeLegend(gc, entries, maxWidth, places);
        int pad = LEGEND_PAD;
        int width = size.x;
        int height = size.y;
        gc.setAlpha(235);
        gc.setBackground(colors.get(MapColors.PAPER));
        gc.fillRoundRectangle(x, y, width, height, 8, 8);
        gc.setAlpha(255);
        gc.setForeground(colors.get(MapColors.LINE));
        gc.drawRoundRectangle(x, y, width - 1, height - 1, 8, 8);
        for (int i = 0; i < entries.size(); i++) {
            MapLegend.Entry entry = entries.get(i);
            int ex = x + pad + places.get(i)[0];
            int ey = y + pad + places.get(i)[1] * LEGEND_ROW;
            Color color = colors.get(MapColors.rgb(entry.color()));
            switch (entry.mark()) {
            case BADGE -> paintBadge(gc, entry.color(), entry.glyph(), ex, ey);
            case OWNER_STRIP -> {
                gc.setForeground(colors.get(MapColors.LINE));
                gc.drawRoundRectangle(ex, ey, 16, 15, 4, 4);
                gc.setBackground(color);
                gc.fillRectangle(ex, ey, 5, 16);
            }
            case RING, DASHED_RING -> {
                gc.setForeground(color);
                gc.setLineWidth(2);
                gc.setLineStyle(entry.mark() == MapLegend.Mark.DASHED_RING ? SWT.LINE_DASH : SWT.LINE_SOLID);
                gc.drawRoundRectangle(ex + 1, ey + 1, 14, 13, 4, 4);
                gc.setLineWidth(1);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            case BAR -> {
                gc.setBackground(color);
                gc.fillRectangle(ex, ey + 4, 16, 8);
            }
            }
            gc.setForeground(colors.get(MapColors.INK));
            gc.drawText(entry.label(), ex + 22, ey, true);
        }
        return new org.eclipse.swt.graphics.Point(width, height);
    }

    /** The legend's size when it is at most {@code maxWidth} wide. */
    public org.eclipse.swt.graphics.Point legendSize(GC gc, int maxWidth, DepartmentLens lens) {
        return placeLegend(gc, legendEntries(lens), maxWidth, new ArrayList<>());
    }

    private static final int LEGEND_PAD = 8;

    private static List<MapLegend.Entry> legendEntries(DepartmentLens lens) {
        return MapLegend.entries(lens == null ? null : dev.touchline.map.Palette.of(lens.department()));
    }

    /** Places the entries in rows (offsets into {@code places}); returns the box's size. */
    private org.eclipse.swt.graphics.Point placeLegend(GC gc, List<MapLegend.Entry> entries, int maxWidth,
            List<int[]> places) {
        gc.setFont(colors.small());
        int cx = 0;
        int row = 0;
        int widest = 0;
        for (MapLegend.Entry entry : entries) {
            int w = 22 + gc.textExtent(entry.label()).x + 16;
            if (cx > 0 && cx + w > maxWidth - 2 * LEGEND_PAD) {
                cx = 0;
                row++;
            }
            places.add(new int[] { cx, row });
            cx += w;
            widest = Math.max(widest, cx);
        }
        return new org.eclipse.swt.graphics.Point(widest + 2 * LEGEND_PAD - 16, (row + 1) * LEGEND_ROW + 2 * LEGEND_PAD - 6);
    }

    /**
     * The keyboard focus ring: a dotted outline a little outside the element's bounds, so it shows
     * whatever the selection colour around the element.
     */
    private void paintFocus(GC gc, MapLayout layout, Decor decor) {
        if (decor.focus() == null) {
            return;
        }
        Rect b = layout.boundsOf(decor.focus());
        if (b == null) {
            return;
        }
        gc.setForeground(colors.get(MapColors.INK));
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRoundRectangle(b.x() - 4, b.y() - 4, b.width() + 7, b.height() + 7, 12, 12);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private void paintDrop(GC gc, MapLayout layout, Decor decor) {
        MapLayout.DropTarget drop = decor.drop();
        if (drop == null) {
            return;
        }
        MapLayout.StageColumn column = layout.columnOf(drop.stage());
        MapLayout.LaneBand band = layout.lane(drop.lane());
        if (column == null || band == null) {
            return;
        }
        Rect c = column.column();
        Rect l = band.bounds();
        gc.setAlpha(60);
        gc.setBackground(colors.get(MapColors.SELECTION));
        gc.fillRectangle(c.x(), l.y(), c.width(), l.height());
        gc.setAlpha(255);
        // The insertion mark: before the card now at the index, or after the lane's last card.
        Rect mark = null;
        var stageTouchpoints = drop.stage().getTouchpoints();
        for (int i = drop.index(); i < stageTouchpoints.size() && mark == null; i++) {
            MapLayout.Card card = layout.cardOf(stageTouchpoints.get(i));
            if (card != null && card.lane() == drop.lane()) {
                mark = new Rect(card.bounds().x(), card.bounds().y() - 6, card.bounds().width(), 4);
            }
        }
        if (mark == null) {
            mark = new Rect(c.x() + 12, l.bottom() - 10, c.width() - 24, 4);
        }
        gc.setBackground(colors.get(MapColors.SELECTION));
        gc.fillRectangle(mark.x(), mark.y(), mark.width(), mark.height());
    }

    /**
     * The lane titles and the journey's name, pinned to the left edge of the visible area so they
     * stay readable however far the map is scrolled.
     */
    private void paintGutter(GC gc, MapLayout layout, Rect visible) {
        int x0 = Math.max(0, visible.x());
        int width = JourneyMapLayout.GUTTER;
        for (MapLayout.LaneBand band : layout.lanes()) {
            Rect t = band.title();
            gc.setBackground(colors.get(MapColors.GUTTER));
            gc.fillRectangle(x0, t.y(), width, t.height());
            gc.setForeground(colors.get(MapColors.LINE));
            gc.drawLine(x0, t.bottom() - 1, x0 + width, t.bottom() - 1);
            gc.setForeground(colors.get(MapColors.INK));
            drawLines(gc, text.fit(gc, colors.bold(), band.lane().title(), width - 20, 2), x0 + 12, t.y() + 10, 17);
        }
        gc.setForeground(colors.get(MapColors.MUTED));
        for (MapLayout.Divider divider : layout.dividers()) {
            drawLines(gc, text.fit(gc, colors.small(), divider.label(), width - 14, 2), x0 + 12, divider.y() - 34, 15);
        }
        gc.setBackground(colors.get(MapColors.HEADER));
        int header = layout.stages().isEmpty() ? JourneyMapLayout.HEADER_HEIGHT
                : layout.stages().get(0).header().height();
        gc.fillRectangle(x0, 0, width, header);
        gc.setForeground(colors.get(MapColors.PAPER));
        String journey = layout.journey().getName() == null ? "Journey" : layout.journey().getName();
        drawLines(gc, text.fit(gc, colors.title(), journey, width - 20, 2), x0 + 12, 10, 22);
        gc.setForeground(colors.get(MapColors.HEADER_TEXT));
        String persona = layout.journey().getPersona() == null ? "" : layout.journey().getPersona().getName();
        drawLines(gc, text.fit(gc, colors.small(), persona, width - 20, 2), x0 + 12, 58, 15);
        gc.setForeground(colors.get(MapColors.LINE));
        gc.drawLine(x0 + width - 1, 0, x0 + width - 1, layout.height());
    }

    private boolean faded(Decor decor, EObject element) {
        if (decor.lens() == null) {
            return false;
        }
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Touchpoint touchpoint) {
                return decor.lens().roleOf(touchpoint) == DepartmentLens.Role.OTHER;
            }
        }
        return false;
    }

    private static void drawLines(GC gc, String[] lines, int x, int y, int lineHeight) {
        for (int i = 0; i < lines.length; i++) {
            gc.drawText(lines[i], x, y + i * lineHeight, true);
        }
    }

    private static String signed(int value) {
        return MapText.signed(value);
    }
}
