package dev.touchline.map.draw;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.map.Badge;
import dev.touchline.departments.DepartmentLens;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.MapLegend;
import dev.touchline.map.MapText;
import dev.touchline.map.Palette;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Targets;

/**
 * The one drawing of a journey map: stages, lanes, cards, badges, the emotion curve, metric bars,
 * notes and the legend, issued to a {@link Surface}. The editor draws its viewport with it on SWT;
 * the PNG, SVG and PDF exports draw the whole {@linkplain #drawSheet sheet} (the map with the legend
 * and a caption under it) with it. Geometry comes from the {@link MapLayout}; this class decides
 * every text, line break ({@link TextFit}), font ({@link MapFont}) and colour ({@link Palette}).
 * One instance caches line breaks; it is not thread-safe.
 */
public final class MapDrawing {

    /** How strongly elements outside the department lens are faded. */
    public static final double FADED = 0.25;
    /** Narrowest exported sheet: room for the legend in two rows. */
    public static final int MIN_SHEET_WIDTH = 900;
    /** Height of one row of the legend. */
    public static final int LEGEND_ROW = 24;
    private static final int LEGEND_PAD = 8;
    private static final int CAPTION = 22;
    private static final double[] DIVIDER_DASH = { 8, 5 };
    private static final double[] ZERO_DASH = { 2, 3 };
    private static final double[] SUPPORTED_DASH = { 6, 4 };
    private static final double[] FOCUS_DASH = { 2, 2 };

    private final TextFit text;

    public MapDrawing() {
        this(new TextFit(Fonts.get()));
    }

    public MapDrawing(TextFit text) {
        this.text = text;
    }

    /** The line breaker, for callers that lay text out around the map. */
    public TextFit text() {
        return text;
    }

    // --- the sheet: what every export draws ------------------------------------------------------

    /** Width of the exported sheet of {@code layout}. */
    public static int sheetWidth(MapLayout layout) {
        return Math.max(layout.width(), MIN_SHEET_WIDTH);
    }

    /** Height of the exported sheet: the map, the legend under it and a caption line. */
    public int sheetHeight(MapLayout layout, MapView view) {
        return layout.height() + footerHeight(layout, view);
    }

    private int footerHeight(MapLayout layout, MapView view) {
        return legendSize(sheetWidth(layout) - 2 * LEGEND_PAD, view.lens())[1] + 2 * LEGEND_PAD + CAPTION;
    }

    /**
     * Draws the whole map as {@code view} shows it, with the legend and {@code caption} (model,
     * date; may be empty) under it: what the PNG, SVG and PDF exports contain.
     */
    public void drawSheet(Surface surface, MapLayout layout, MapView view, String caption) {
        int width = sheetWidth(layout);
        int height = sheetHeight(layout, view);
        surface.rect(0, 0, width, height, Palette.PAPER);
        draw(surface, layout, view, new Rect(0, 0, width, layout.height()));
        int y = layout.height();
        surface.rect(0, y, width, height - y, Palette.GUTTER);
        int[] legend = legend(surface, LEGEND_PAD, y + LEGEND_PAD, width - 2 * LEGEND_PAD, view.lens());
        List<String> line = text.lines(caption, MapFont.SMALL, width - 2 * LEGEND_PAD, 1);
        lines(surface, line, LEGEND_PAD + 2, y + LEGEND_PAD + legend[1] + 4, 15, MapFont.SMALL, Palette.MUTED);
    }

    /** The journey's name, or "Journey" when it has none. */
    public static String journeyName(MapLayout layout) {
        String name = layout.journey().getName();
        return name == null || name.isBlank() ? "Journey" : name;
    }

    // --- the map ---------------------------------------------------------------------------------

    /**
     * Draws the part of the map inside {@code visible} (map coordinates; lanes and the header run
     * across all of it, the lane titles stay at its left edge) as {@code view} shows it.
     */
    public void draw(Surface surface, MapLayout layout, MapView view, Rect visible) {
        int right = Math.max(layout.width(), visible.right());
        surface.rect(visible.x(), visible.y(), visible.width(), visible.height(), Palette.PAPER);
        lanes(surface, layout, visible, right);
        stageHeaders(surface, layout, view, visible, right);
        for (MapLayout.Note note : layout.notes()) {
            if (note.bounds().intersects(visible)) {
                note(surface, note, view);
            }
        }
        for (MapLayout.MetricBar bar : layout.metrics()) {
            if (bar.bounds().intersects(visible)) {
                metric(surface, bar, view);
            }
        }
        emotion(surface, layout, right);
        for (MapLayout.Card card : layout.cardsIn(visible)) {
            card(surface, card, view);
        }
        drop(surface, layout, view);
        focus(surface, layout, view);
        gutter(surface, layout, visible);
    }

    private void lanes(Surface surface, MapLayout layout, Rect visible, int right) {
        boolean odd = false;
        for (MapLayout.LaneBand band : layout.lanes()) {
            Rect b = band.bounds();
            surface.rect(b.x(), b.y(), right - b.x(), b.height(), odd ? Palette.BAND : Palette.PAPER);
            surface.line(b.x(), b.bottom() - 0.5, right, b.bottom() - 0.5, Palette.LINE, 1, null);
            odd = !odd;
        }
        for (MapLayout.StageColumn column : layout.stages()) {
            Rect c = column.column();
            if (c.x() <= visible.right() && c.right() >= visible.x()) {
                surface.line(c.right() - 0.5, 0, c.right() - 0.5, layout.height(), Palette.LINE, 1, null);
            }
        }
        for (MapLayout.Divider divider : layout.dividers()) {
            surface.line(0, divider.y(), right, divider.y(), Palette.HEADER, 2, DIVIDER_DASH);
        }
    }

    private static int headerHeight(MapLayout layout) {
        return layout.stages().isEmpty() ? JourneyMapLayout.HEADER_HEIGHT : layout.stages().get(0).header().height();
    }

    private void stageHeaders(Surface surface, MapLayout layout, MapView view, Rect visible, int right) {
        surface.rect(0, 0, right, headerHeight(layout), Palette.HEADER);
        if (layout.stages().isEmpty()) {
            lines(surface, List.of("This journey has no stages yet."), JourneyMapLayout.GUTTER + 24, 38, 20,
                    MapFont.TITLE, Palette.HEADER_TEXT);
        }
        for (MapLayout.StageColumn column : layout.stages()) {
            Rect h = column.header();
            if (!h.intersects(visible)) {
                continue;
            }
            Stage stage = column.stage();
            if (view.lens() != null && view.lens().focus() == stage) {
                surface.rect(h.x(), h.y(), h.width(), h.height(), Palette.SELECTION);
            }
            int inner = h.width() - 24;
            lines(surface, text.lines((column.index() + 1) + ". " + stage.getName(), MapFont.TITLE, inner, 1),
                    h.x() + 12, h.y() + 10, 20, MapFont.TITLE, Palette.PAPER);
            String goal = stage.getCustomerGoal() == null ? "" : "Goal: " + stage.getCustomerGoal();
            lines(surface, text.lines(goal, MapFont.REGULAR, inner, 2), h.x() + 12,
                    h.y() + JourneyMapLayout.HEADER_GOAL_Y, 17, MapFont.REGULAR, Palette.HEADER_TEXT);
            Integer emotion = stage.getEmotion();
            surface.circle(h.x() + 17, h.bottom() - 15, 5, emotion == null ? Palette.MUTED : MapText.moodColor(emotion),
                    null, 0);
            lines(surface, List.of(emotion == null ? "Emotion not set" : "Emotion " + MapText.signed(emotion)),
                    h.x() + 28, h.bottom() - 24, 15, MapFont.SMALL, Palette.PAPER);
            if (view.selection().contains(stage)) {
                surface.roundRect(h.x() + 3.5, h.y() + 3.5, h.width() - 7, h.height() - 7, 0, null, Palette.GOLD, 3,
                        null);
            }
        }
    }

    private void note(Surface surface, MapLayout.Note note, MapView view) {
        Rect b = note.bounds();
        EObject element = note.element();
        boolean selected = view.selection().contains(element);
        surface.beginGroup(null, faded(view, element) ? FADED : 1);
        surface.roundRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, 4, MapText.noteFill(element),
                selected ? Palette.SELECTION : MapText.noteEdge(element), selected ? 3 : 1, null);
        int maxLines = Math.max(1, (b.height() - 8) / 17);
        lines(surface, text.lines(MapText.noteLabel(element, note.lane()), MapFont.REGULAR, b.width() - 16, maxLines),
                b.x() + 8, b.y() + 5, 17, MapFont.REGULAR, element instanceof Stage ? Palette.MUTED : Palette.INK);
        surface.endGroup();
    }

    private void metric(Surface surface, MapLayout.MetricBar bar, MapView view) {
        Rect b = bar.bounds();
        Measurement measurement = bar.measurement();
        surface.beginGroup(null, faded(view, measurement) ? FADED : 1);
        int status = switch (bar.status()) {
            case ON_TARGET -> Palette.GOOD;
            case OFF_TARGET -> Palette.POOR;
            case UNKNOWN -> Palette.MUTED;
        };
        // track: the metric's scale (or 0..max of target and actual); fill: actual; tick: target
        Double target = measurement.getTarget();
        Double actual = measurement.getActual();
        double[] range = MapText.metricRange(measurement);
        int trackY = b.bottom() - 9;
        surface.rect(b.x(), trackY, b.width(), 6, Palette.NONE);
        if (actual != null && range[1] > range[0]) {
            surface.rect(b.x(), trackY, MapText.scale(actual, range, b.width()), 6, status);
        }
        if (target != null && range[1] > range[0]) {
            double tx = b.x() + MapText.scale(target, range, b.width());
            surface.line(tx, trackY - 3, tx, trackY + 8, Palette.INK, 2, null);
        }
        // whose it is, then what it says
        String whose = measurement.eContainer() instanceof Touchpoint t ? t.getName() : null;
        lines(surface, text.lines(whose, MapFont.SMALL, b.width(), 1), b.x(), b.y(), 15, MapFont.SMALL, Palette.MUTED);
        lines(surface, text.lines(MapText.metricLabel(measurement), MapFont.SMALL, b.width(), 1), b.x(), b.y() + 15, 15,
                MapFont.SMALL, bar.status() == Targets.Status.OFF_TARGET ? status : Palette.INK);
        if (view.selection().contains(measurement)) {
            surface.roundRect(b.x() - 2, b.y() - 2, b.width() + 4, b.height() + 4, 0, null, Palette.SELECTION, 2, null);
        }
        surface.endGroup();
    }

    private void emotion(Surface surface, MapLayout layout, int right) {
        MapLayout.LaneBand band = layout.lane(Lane.EMOTION);
        if (band == null) {
            return;
        }
        Rect b = band.bounds();
        int range = layout.emotionMax() - layout.emotionMin();
        if (range > 0 && layout.emotionMin() < 0 && layout.emotionMax() > 0) {
            int zeroY = b.y() + 12 + layout.emotionMax() * (b.height() - 24) / range;
            surface.line(b.x() + JourneyMapLayout.GUTTER, zeroY, right, zeroY, Palette.LINE, 1, ZERO_DASH);
        }
        if (!layout.curveSegments().isEmpty()) {
            surface.path(Shape.curve(layout.curveSegments()), null, Palette.CURVE, 3, null);
        }
        for (MapLayout.CurvePoint point : layout.curve()) {
            surface.circle(point.x(), point.y(), 7, MapText.moodColor(point.emotion()), Palette.PAPER, 2);
            lines(surface, List.of(MapText.signed(point.emotion())), point.x() + 11, point.y() - 8, 15, MapFont.SMALL,
                    Palette.INK);
        }
    }

    private void card(Surface surface, MapLayout.Card card, MapView view) {
        Rect b = card.bounds();
        Touchpoint touchpoint = card.touchpoint();
        Department owner = touchpoint.getOwner();
        DepartmentLens lens = view.lens();
        DepartmentLens.Role role = lens == null ? null : lens.roleOf(touchpoint);
        surface.beginGroup(touchpoint.getName(), role == DepartmentLens.Role.OTHER ? FADED : 1);
        // the ring: selection or drop target, else the lens department's colour, else a hairline
        boolean selected = view.selection().contains(touchpoint) || view.ownerTarget() == touchpoint;
        int ring = Palette.LINE;
        double ringWidth = 1;
        double[] dash = null;
        if (selected) {
            ring = Palette.SELECTION;
            ringWidth = 3;
        } else if (role == DepartmentLens.Role.OWNED || role == DepartmentLens.Role.SUPPORTED) {
            ring = Palette.of(lens.department());
            ringWidth = 3;
            dash = role == DepartmentLens.Role.SUPPORTED ? SUPPORTED_DASH : null;
        }
        surface.roundRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, 5, Palette.PAPER, null, 0, null);
        // the owner's colour as a strip on the left; pale without an owner (a badge says why)
        surface.path(Shape.strip(b.x(), b.y(), b.height()), Palette.of(owner), null, 0, null);
        surface.roundRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, 5, null, ring, ringWidth, dash);
        lines(surface, text.lines(touchpoint.getName(), MapFont.BOLD, MapLayout.nameWidth(card), 2), b.x() + 16,
                b.y() + 5, 17, MapFont.BOLD, Palette.INK);
        String channel = touchpoint.getChannel() == null ? "no channel" : touchpoint.getChannel().getName();
        String ownerName = owner == null ? "No owner" : owner.getName();
        double marks = marks(surface, touchpoint, b);
        lines(surface, text.lines(channel + " \u00b7 " + ownerName, MapFont.SMALL, b.width() - 24 - marks, 1),
                b.x() + 16, b.bottom() - 21, 15, MapFont.SMALL, owner == null ? Palette.POOR : Palette.MUTED);
        int index = 0;
        for (Badge badge : card.badges()) {
            Rect at = MapLayout.badgeBounds(card, index++);
            badge(surface, badge.color(), badge.glyph(), at.x(), at.y());
        }
        surface.endGroup();
    }

    /**
     * The marks at a card's bottom right, right to left: the touchpoint's emotion, its
     * empowerment, promises delivered, employee insights. Returns the width they take.
     */
    private double marks(Surface surface, Touchpoint touchpoint, Rect b) {
        double right = b.right() - 8;
        double baseline = b.bottom() - 9;
        Integer emotion = touchpoint.getEmotion();
        if (emotion != null) {
            String value = MapText.signed(emotion);
            double w = text.width(value, MapFont.SMALL);
            surface.text(value, right - w, baseline, MapFont.SMALL, Palette.INK, false);
            right -= w + 2;
            surface.circle(right - 4, baseline - 4, 4, MapText.moodColor(emotion), null, 0);
            right -= 12;
        }
        right = glyph(surface, MapText.empowermentGlyph(touchpoint.getEmpowerment()), Palette.MUTED, right, baseline);
        right = glyph(surface, touchpoint.getPromises().isEmpty() ? null : MapText.PROMISE_GLYPH, Palette.GOLD, right,
                baseline);
        right = glyph(surface, touchpoint.getInsights().isEmpty() ? null : MapText.INSIGHT_GLYPH, Palette.SELECTION,
                right, baseline);
        return b.right() - 8 - right;
    }

    private double glyph(Surface surface, String glyph, int colour, double right, double baseline) {
        if (glyph == null) {
            return right;
        }
        double w = text.width(glyph, MapFont.SMALL);
        surface.text(glyph, right - w, baseline, MapFont.SMALL, colour, false);
        return right - w - 4;
    }

    private void badge(Surface surface, int color, String glyph, double x, double y) {
        double r = MapLayout.BADGE_SIZE / 2.0;
        surface.circle(x + r, y + r, r, color, null, 0);
        // centre the glyph's cap height on the circle
        surface.text(glyph, x + r, y + r + MapFont.SMALL.size() * 0.36, MapFont.SMALL, Palette.PAPER, true);
    }

    /** The keyboard focus ring: a dotted outline a little outside the element's bounds. */
    private void focus(Surface surface, MapLayout layout, MapView view) {
        Rect b = view.focus() == null ? null : layout.boundsOf(view.focus());
        if (b != null) {
            surface.roundRect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, 6, null, Palette.INK, 2,
                    FOCUS_DASH);
        }
    }

    /** Where a dragged card would land: its column and lane tinted, a bar at the insertion point. */
    private void drop(Surface surface, MapLayout layout, MapView view) {
        MapLayout.DropTarget drop = view.drop();
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
        surface.beginGroup(null, FADED);
        surface.rect(c.x(), l.y(), c.width(), l.height(), Palette.SELECTION);
        surface.endGroup();
        // before the card now at the index, or after the lane's last card
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
        surface.rect(mark.x(), mark.y(), mark.width(), mark.height(), Palette.SELECTION);
    }

    /** Lane titles, divider labels and the journey's name and persona, pinned to the visible left edge. */
    private void gutter(Surface surface, MapLayout layout, Rect visible) {
        int x0 = Math.max(0, visible.x());
        int width = JourneyMapLayout.GUTTER;
        for (MapLayout.LaneBand band : layout.lanes()) {
            Rect t = band.title();
            surface.rect(x0, t.y(), width, t.height(), Palette.GUTTER);
            surface.line(x0, t.bottom() - 0.5, x0 + width, t.bottom() - 0.5, Palette.LINE, 1, null);
            lines(surface, text.lines(band.lane().title(), MapFont.BOLD, width - 20, 2), x0 + 12, t.y() + 10, 17,
                    MapFont.BOLD, Palette.INK);
        }
        for (MapLayout.Divider divider : layout.dividers()) {
            lines(surface, text.lines(divider.label(), MapFont.SMALL, width - 14, 2), x0 + 12, divider.y() - 34, 15,
                    MapFont.SMALL, Palette.MUTED);
        }
        surface.rect(x0, 0, width, headerHeight(layout), Palette.HEADER);
        lines(surface, text.lines(journeyName(layout), MapFont.TITLE, width - 20, 2), x0 + 12, 10, 22, MapFont.TITLE,
                Palette.PAPER);
        // whose journey, and whether it is today's or the one to build
        String persona = layout.journey().getPersona() == null ? "no persona" : layout.journey().getPersona().getName();
        lines(surface, text.lines(persona + " \u00b7 " + MapText.stateLabel(layout.journey().getState()),
                MapFont.SMALL, width - 20, 2), x0 + 12, 58, 15, MapFont.SMALL, Palette.HEADER_TEXT);
        surface.line(x0 + width - 0.5, 0, x0 + width - 0.5, layout.height(), Palette.LINE, 1, null);
    }

    private static boolean faded(MapView view, EObject element) {
        if (view.lens() == null) {
            return false;
        }
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Touchpoint touchpoint) {
                return view.lens().roleOf(touchpoint) == DepartmentLens.Role.OTHER;
            }
        }
        return false;
    }

    // --- the legend ------------------------------------------------------------------------------

    /** The legend's {width, height} when it is at most {@code maxWidth} wide. */
    public int[] legendSize(int maxWidth, DepartmentLens lens) {
        return placeLegend(legendEntries(lens), maxWidth, new ArrayList<>());
    }

    /**
     * Draws the legend ({@link MapLegend}) in rows at most {@code maxWidth} wide from
     * {@code (x, y)} on a white box; returns its {width, height}. The editor shows it over the map,
     * the sheet under it.
     */
    public int[] legend(Surface surface, double x, double y, int maxWidth, DepartmentLens lens) {
        List<MapLegend.Entry> entries = legendEntries(lens);
        List<int[]> places = new ArrayList<>();
        int[] size = placeLegend(entries, maxWidth, places);
        surface.roundRect(x + 0.5, y + 0.5, size[0] - 1, size[1] - 1, 4, Palette.PAPER, Palette.LINE, 1, null);
        for (int i = 0; i < entries.size(); i++) {
            MapLegend.Entry entry = entries.get(i);
            double ex = x + LEGEND_PAD + places.get(i)[0];
            double ey = y + LEGEND_PAD + places.get(i)[1] * LEGEND_ROW;
            switch (entry.mark()) {
            case BADGE -> badge(surface, entry.color(), entry.glyph(), ex, ey);
            case OWNER_STRIP -> {
                surface.roundRect(ex + 0.5, ey + 0.5, 16, 15, 2, Palette.PAPER, Palette.LINE, 1, null);
                surface.rect(ex, ey, 5, 16, entry.color());
            }
            case RING, DASHED_RING -> surface.roundRect(ex + 1, ey + 1, 14, 14, 2, null, entry.color(), 2,
                    entry.mark() == MapLegend.Mark.DASHED_RING ? SUPPORTED_DASH : null);
            case BAR -> surface.rect(ex, ey + 4, 16, 8, entry.color());
            case DOT -> surface.circle(ex + 8, ey + 8, 4, entry.color(), null, 0);
            case GLYPH -> surface.text(entry.glyph(), ex, ey + 12, MapFont.SMALL, entry.color(), false);
            }
            surface.text(entry.label(), ex + sampleWidth(entry) + 6, ey + 12, MapFont.SMALL, Palette.INK, false);
        }
        return size;
    }

    /** The width of an entry's sample mark: 16 px, or its glyphs' width. */
    private int sampleWidth(MapLegend.Entry entry) {
        return entry.mark() == MapLegend.Mark.GLYPH
                ? Math.max(16, (int) Math.ceil(text.width(entry.glyph(), MapFont.SMALL)))
                : 16;
    }

    private static List<MapLegend.Entry> legendEntries(DepartmentLens lens) {
        return MapLegend.entries(lens == null ? null : Palette.of(lens.department()));
    }

    /** Places the entries in rows (offsets into {@code places}); returns the box's {width, height}. */
    private int[] placeLegend(List<MapLegend.Entry> entries, int maxWidth, List<int[]> places) {
        int cx = 0;
        int row = 0;
        int widest = 0;
        for (MapLegend.Entry entry : entries) {
            int w = sampleWidth(entry) + 6 + (int) Math.ceil(text.width(entry.label(), MapFont.SMALL)) + 16;
            if (cx > 0 && cx + w > maxWidth - 2 * LEGEND_PAD) {
                cx = 0;
                row++;
            }
            places.add(new int[] { cx, row });
            cx += w;
            widest = Math.max(widest, cx);
        }
        return new int[] { widest + 2 * LEGEND_PAD - 16, (row + 1) * LEGEND_ROW + 2 * LEGEND_PAD - 6 };
    }

    // --- text ------------------------------------------------------------------------------------

    /** Lines from {@code top} (the top of the first line), {@code lineHeight} apart. */
    private void lines(Surface surface, List<String> lines, double x, double top, double lineHeight, MapFont font,
            int fill) {
        lines(surface, text, lines, x, top, lineHeight, font, fill);
    }

    /** Lines from {@code top} (the top of the first line), {@code lineHeight} apart: for every drawing here. */
    static void lines(Surface surface, TextFit text, List<String> lines, double x, double top, double lineHeight,
            MapFont font, int fill) {
        double baseline = top + text.ascent(font);
        for (int i = 0; i < lines.size(); i++) {
            surface.text(lines.get(i), x, baseline + i * lineHeight, font, fill, false);
        }
    }
}
