package dev.touchline.map;

import java.util.EnumSet;
import java.util.Set;

import dev.touchline.departments.FindingIndex;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;

/** The small markers on a touchpoint card. */
public enum Badge {
    /** The touchpoint is a moment of truth. */
    MOMENT_OF_TRUTH("Moment of truth", "\u2605", Palette.GOLD,
            "A moment of truth: the customer decides here whether to trust the company"),
    /** No department owns the touchpoint. */
    NO_OWNER("No owner", "!", Palette.POOR,
            "No department owns this touchpoint: drag a department from the palette onto it"),
    /** The touchpoint has no measurement. */
    NO_MEASUREMENT("Not measured", "?", Palette.WATCH,
            "Nothing measures this touchpoint: add a measurement (Ctrl+M)"),
    /** A measurement of the touchpoint misses its target. */
    OFF_TARGET("Off target", "\u2193", Palette.POOR, "A measurement of this touchpoint misses its target");

    private final String label;
    private final String glyph;
    private final int color;
    private final String meaning;

    Badge(String label, String glyph, int color, String meaning) {
        this.label = label;
        this.glyph = glyph;
        this.color = color;
        this.meaning = meaning;
    }

    /** The character drawn in the badge's circle. */
    public String glyph() {
        return glyph;
    }

    /** The circle's colour, {@code 0xRRGGBB}: decided here for the editor, the image and the poster. */
    public int color() {
        return color;
    }

    /** What the badge means and what to do, for a tooltip. */
    public String meaning() {
        return meaning;
    }

    /** A short label for tooltips and legends. */
    public String label() {
        return label;
    }

    /** The badges of a touchpoint card, in declaration order: read from the findings, so the card and Problems agree. */
    public static Set<Badge> of(Touchpoint touchpoint, FindingIndex findings) {
        EnumSet<Badge> badges = EnumSet.noneOf(Badge.class);
        if (touchpoint.isMomentOfTruth()) {
            badges.add(MOMENT_OF_TRUTH);
        }
        for (Finding finding : findings.within(touchpoint)) {
            Rule rule = finding.rule();
            if (rule == Rule.TOUCHPOINT_OWNER) {
                badges.add(NO_OWNER);
            } else if (rule == Rule.TOUCHPOINT_METRIC) {
                badges.add(NO_MEASUREMENT);
            } else if (rule == Rule.MEASUREMENT_OFF_TARGET) {
                badges.add(OFF_TARGET);
            }
        }
        return badges;
    }
}
