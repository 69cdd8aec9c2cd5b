package dev.touchline.export;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.map.Badge;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.MapText;
import dev.touchline.map.Palette;
import dev.touchline.map.Rect;
import dev.touchline.model.Department;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Targets;

/**
 * A journey map as a poster: the whole {@link MapLayout} (the editor shows a viewport of it),
 * drawn as the editor's painter draws it, with a footer that says what the badges mean, on a
 * {@link Surface} (SVG or PDF). Text is wrapped to its boxes by {@link TextFit}.
 */
final class Poster {

    static final double REGULAR = 13;
    private static final double SMALL = 11.5;
    private static final double TITLE = 16;
    private static final int FOOTER = 44;
    private static final double[] DIVIDER_DASH = { 8, 5 };
    private static final double[] ZERO_DASH = { 2, 3 };

    private final MapLayout layout;
    private final Surface surface;
    /** At least wide enough for the legend; lanes and header run across all of it. */
    private final int width;

    Poster(MapLayout layout, Surface surface) {
        this.layout = layout;
        this.surface = surface;
        this.width = width(layout);
    }

    static int width(MapLayout layout) {
        return Math.max(layout.width(), 900);
    }

    static int height(MapLayout layout) {
        return layout.height() + FOOTER;
    }

    /** Draws the whole poster; {@code caption} is what the footer says besides the legend (model, date). */
    void draw(String caption) {
        surface.rect(0, 0, width, height(layout), Palette.PAPER);
        lanes();
        stageHeaders();
        for (MapLayout.Note note : layout.notes()) {
            note(note);
        }
        for (MapLayout.MetricBar bar : layout.metrics()) {
            metric(bar);
        }
        emotion();
        for (MapLayout.Card card : layout.cards()) {
            card(card);
        }
        gutter();
        footer(caption);
    }

    /** The journey's name, or "Journey" when it has none. */
    static String journeyName(MapLayout layout) {
        String name = layout.journey().getName();
        return name == null || name.isBlank() ? "Journey" : name;
    }

    private void lanes() {
        boolean odd = false;
        for (MapLayout.LaneBand band : layout.lanes()) {
            Rect b = band.bounds();
            surface.rect(b.x(), b.y(), width - b.x(), b.height(), odd ? Palette.BAND : Palette.PAPER);
            surface.line(b.x(), b.bottom() - 0.5, width, b.bottom() - 0.5, Palette.LINE, 1, null);
            odd = !odd;
        }
        for (MapLayout.StageColumn column : layout.stages()) {
            Rect c = column.column();
            surface.line(c.right() - 0.5, 0, c.right() - 0.5, layout.height(), Palette.LINE, 1, null);
        }
        for (MapLayout.Divider divider : layout.dividers()) {
            surface.line(0, divider.y(), width, divider.y(), Palette.HEADER, 2, DIVIDER_DASH);
        }
    }

    private void stageHeaders() {
        int headerHeight = layout.stages().isEmpty() ? JourneyMapLayout.HEADER_HEIGHT
                : layout.stages().get(0).header().height();
        surface.rect(0, 0, width, headerHeight, Palette.HEADER);
        if (layout.stages().isEmpty()) {
            lines(List.of("This journey has no stages yet."), JourneyMapLayout.GUTTER + 24, 38, 20, TITLE, false,
                    Palette.HEADER_TEXT);
        }
        for (MapLayout.StageColumn column : layout.stages()) {
            Rect h = column.header();
            Stage stage = column.stage();
            double inner = h.width() - 24;
            lines(TextFit.lines((column.index() + 1) + ". " + stage.getName(), inner, TITLE, true, 1), h.x() + 12,
                    h.y() + 10, 20, TITLE, true, Palette.PAPER);
            String goal = stage.getCustomerGoal() == null ? "" : "Goal: " + stage.getCustomerGoal();
            lines(TextFit.lines(goal, inner, REGULAR, false, 2), h.x() + 12, h.y() + JourneyMapLayout.HEADER_GOAL_Y, 17,
                    REGULAR, false, Palette.HEADER_TEXT);
            Integer emotion = stage.getEmotion();
            surface.circle(h.x() + 17, h.bottom() - 15, 5, emotion == null ? Palette.MUTED : MapText.moodColor(emotion),
                    null);
            lines(List.of(emotion == null ? "Emotion not set" : "Emotion " + MapText.signed(emotion)), h.x() + 28,
                    h.bottom() - 24, 15, SMALL, false, Palette.PAPER);
        }
    }

    private void note(MapLayout.Note note) {
        Rect b = note.bounds();
        EObject element = note.element();
        String label = MapText.noteLabel(element);
        int fill = MapText.noteFill(element);
        int edge = MapText.noteEdge(element);
        surface.roundRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, 4, fill, edge, 1);
        int maxLines = Math.max(1, (b.height() - 8) / 17);
        lines(TextFit.lines(label, b.width() - 16, REGULAR, false, maxLines), b.x() + 8, b.y() + 5, 17, REGULAR,
                false, element instanceof Stage ? Palette.MUTED : Palette.INK);
    }

    private void metric(MapLayout.MetricBar bar) {
        Rect b = bar.bounds();
        Measurement measurement = bar.measurement();
        int status = switch (bar.status()) {
            case ON_TARGET -> Palette.GOOD;
            case OFF_TARGET -> Palette.POOR;
            case UNKNOWN -> Palette.MUTED;
        };
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
        String label = MapText.metricLabel(measurement);
        lines(TextFit.lines(label, b.width(), SMALL, false, 1), b.x(), b.y(), 15, SMALL, false,
                bar.status() == Targets.Status.OFF_TARGET ? status : Palette.INK);
    }

    private void emotion() {
        MapLayout.LaneBand band = layout.lane(Lane.EMOTION);
        if (band == null) {
            return;
        }
        Rect b = band.bounds();
        int range = layout.emotionMax() - layout.emotionMin();
        if (range > 0 && layout.emotionMin() < 0 && layout.emotionMax() > 0) {
            int zeroY = b.y() + 12 + layout.emotionMax() * (b.height() - 24) / range;
            surface.line(b.x() + JourneyMapLayout.GUTTER, zeroY, width, zeroY, Palette.LINE, 1, ZERO_DASH);
        }
        if (!layout.curveSegments().isEmpty()) {
            surface.curve(layout.curveSegments(), Palette.CURVE, 3);
        }
        for (MapLayout.CurvePoint point : layout.curve()) {
            surface.circle(point.x(), point.y(), 7, MapText.moodColor(point.emotion()), Palette.PAPER);
            lines(List.of(MapText.signed(point.emotion())), point.x() + 11, point.y() - 8, 15, SMALL, false,
                    Palette.INK);
        }
    }

    private void card(MapLayout.Card card) {
        Rect b = card.bounds();
        Touchpoint touchpoint = card.touchpoint();
        Department owner = touchpoint.getOwner();
        surface.beginGroup(touchpoint.getName());
        surface.roundRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, 5, Palette.PAPER, Palette.LINE, 1);
        // the owner's colour as a strip on the left; pale without an owner (a badge says why)
        surface.strip(b.x(), b.y(), b.height(), Palette.of(owner));
        int badges = card.badges().size();
        lines(TextFit.lines(touchpoint.getName(), b.width() - 22 - badges * 18, REGULAR, true, 2), b.x() + 16,
                b.y() + 5, 17, REGULAR, true, Palette.INK);
        String channel = touchpoint.getChannel() == null ? "no channel" : touchpoint.getChannel().getName();
        String ownerName = owner == null ? "No owner" : owner.getName();
        lines(TextFit.lines(channel + " \u00b7 " + ownerName, b.width() - 24, SMALL, false, 1), b.x() + 16,
                b.bottom() - 21, 15, SMALL, false, owner == null ? Palette.POOR : Palette.MUTED);
        int index = 0;
        for (Badge badge : card.badges()) {
            Rect at = MapLayout.badgeBounds(card, index++);
            badge(badge, at.x(), at.y());
        }
        surface.endGroup();
    }

    private void badge(Badge badge, double x, double y) {
        surface.circle(x + 7.5, y + 7.5, 7.5, badge.color(), null);
        surface.text(badge.glyph(), x + 7.5, y + 11.5, 11, true, Palette.PAPER, true);
    }

    /** Lane titles, divider labels and the journey's name in the left margin. */
    private void gutter() {
        int gutter = JourneyMapLayout.GUTTER;
        for (MapLayout.LaneBand band : layout.lanes()) {
            Rect t = band.title();
            surface.rect(0, t.y(), gutter, t.height(), Palette.GUTTER);
            surface.line(0, t.bottom() - 0.5, gutter, t.bottom() - 0.5, Palette.LINE, 1, null);
            lines(TextFit.lines(band.lane().title(), gutter - 20, REGULAR, true, 2), 12, t.y() + 10, 17, REGULAR, true,
                    Palette.INK);
        }
        for (MapLayout.Divider divider : layout.dividers()) {
            lines(TextFit.lines(divider.label(), gutter - 14, SMALL, false, 2), 12, divider.y() - 34, 15, SMALL, false,
                    Palette.MUTED);
        }
        int header = layout.stages().isEmpty() ? JourneyMapLayout.HEADER_HEIGHT
                : layout.stages().get(0).header().height();
        surface.rect(0, 0, gutter, header, Palette.HEADER);
        lines(TextFit.lines(journeyName(layout), gutter - 20, TITLE, true, 2), 12, 10, 22, TITLE, true, Palette.PAPER);
        String persona = layout.journey().getPersona() == null ? "" : layout.journey().getPersona().getName();
        lines(TextFit.lines(persona, gutter - 20, SMALL, false, 2), 12, 58, 15, SMALL, false, Palette.HEADER_TEXT);
        surface.line(gutter - 0.5, 0, gutter - 0.5, layout.height(), Palette.LINE, 1, null);
    }

    private void footer(String caption) {
        int y = layout.height();
        surface.rect(0, y, width, FOOTER, Palette.GUTTER);
        double x = 12;
        for (Badge badge : Badge.values()) {
            badge(badge, x, y + 14);
            lines(List.of(badge.label()), x + 20, y + 14, 15, SMALL, false, Palette.INK);
            x += 20 + TextFit.width(badge.label(), SMALL, false) + 24;
        }
        lines(TextFit.lines(caption, Math.max(100, width - x - 24), SMALL, false, 1), x + 12, y + 14, 15, SMALL, false,
                Palette.MUTED);
    }

    private void lines(List<String> lines, double x, double top, double lineHeight, double size, boolean bold,
            int fill) {
        for (int i = 0; i < lines.size(); i++) {
            surface.text(lines.get(i), x, top + i * lineHeight + size, size, bold, fill, false);
        }
    }
}
