package dev.touchline.map;

import java.util.ArrayList;
import java.util.List;

/**
 * What the map's marks mean: the entries of the legend in the editor and under every exported map
 * (image, SVG, PDF), in the order they are shown.
 */
public final class MapLegend {

    /** How an entry's sample mark is drawn. */
    public enum Mark {
        /** A card badge: a filled circle with a glyph. */
        BADGE,
        /** The owner's colour strip at a card's left edge. */
        OWNER_STRIP,
        /** A card ring in the lens department's colour: solid for owned, dashed for supported. */
        RING,
        DASHED_RING,
        /** A metric bar's fill. */
        BAR,
        /** A glyph drawn on a card, in the entry's colour. */
        GLYPH,
        /** A small disc: a touchpoint's emotion. */
        DOT
    }

    /**
     * One entry.
     *
     * @param mark how its sample is drawn
     * @param color the sample's colour, {@code 0xRRGGBB}
     * @param glyph the badge's character, or {@code null}
     * @param label what it means
     */
    public record Entry(Mark mark, int color, String glyph, String label) {
    }

    private MapLegend() {
    }

    /**
     * The entries: the badges, the owner strip and metric bars; with a department lens on, also
     * its owned and supported rings in that department's colour ({@code lensColor}, or
     * {@code null} without a lens).
     */
    public static List<Entry> entries(Integer lensColor) {
        List<Entry> entries = new ArrayList<>();
        for (Badge badge : Badge.values()) {
            entries.add(new Entry(Mark.BADGE, badge.color(), badge.glyph(), badge.label()));
        }
        entries.add(new Entry(Mark.OWNER_STRIP, Palette.UNKNOWN, null, "Owner's colour"));
        entries.add(new Entry(Mark.BAR, Palette.GOOD, null, "Metric on target"));
        entries.add(new Entry(Mark.BAR, Palette.POOR, null, "Metric off target"));
        entries.add(new Entry(Mark.DOT, Palette.GOOD, null, "Emotion"));
        entries.add(new Entry(Mark.GLYPH, Palette.GOLD, MapText.PROMISE_GLYPH, "Delivers a promise"));
        entries.add(new Entry(Mark.GLYPH, Palette.SELECTION, MapText.INSIGHT_GLYPH, "Insight"));
        entries.add(new Entry(Mark.GLYPH, Palette.MUTED, MapText.empowermentGlyph(
                dev.touchline.model.Empowerment.HARD_LINE) + MapText.empowermentGlyph(dev.touchline.model.Empowerment.GUIDELINE)
                + MapText.empowermentGlyph(dev.touchline.model.Empowerment.NO_LINE),
                "Hard line, guideline, no line"));
        if (lensColor != null) {
            entries.add(new Entry(Mark.RING, lensColor, null, "Owned (lens)"));
            entries.add(new Entry(Mark.DASHED_RING, lensColor, null, "Supported (lens)"));
        }
        return entries;
    }
}
