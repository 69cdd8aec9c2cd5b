package dev.touchline.map;

import dev.touchline.model.Visibility;

/**
 * The horizontal bands of a journey map, top to bottom. Frontstage, backstage and support hold
 * the touchpoint cards and are divided by the line of visibility and the line of internal
 * interaction, as in a service blueprint.
 */
public enum Lane {
    /** What the customer does in each stage. */
    ACTIONS("Customer actions"),
    /** What the customer thinks in each stage. */
    THOUGHTS("Customer thoughts"),
    /** The emotion curve across the stages. */
    EMOTION("Emotion"),
    /** Pain points of the stage's touchpoints. */
    PAIN_POINTS("Pain points"),
    /** Touchpoints the customer sees. */
    FRONTSTAGE("Frontstage"),
    /** Work the customer does not see. */
    BACKSTAGE("Backstage"),
    /** Systems and teams that support the backstage. */
    SUPPORT("Support"),
    /** Measurements: target against actual. */
    METRICS("Metrics"),
    /** Opportunities to improve the stage. */
    OPPORTUNITIES("Opportunities");

    private final String title;

    Lane(String title) {
        this.title = title;
    }

    /** The lane's title, shown in the map's left margin. */
    public String title() {
        return title;
    }

    /** Whether the lane holds touchpoint cards. */
    public boolean holdsCards() {
        return visibility() != null;
    }

    /** The touchpoint visibility this lane shows, or {@code null} for lanes without cards. */
    public Visibility visibility() {
        return switch (this) {
            case FRONTSTAGE -> Visibility.FRONTSTAGE;
            case BACKSTAGE -> Visibility.BACKSTAGE;
            case SUPPORT -> Visibility.SUPPORT;
            default -> null;
        };
    }

    /** The card lane for a touchpoint visibility. */
    public static Lane of(Visibility visibility) {
        return switch (visibility) {
            case BACKSTAGE -> BACKSTAGE;
            case SUPPORT -> SUPPORT;
            default -> FRONTSTAGE;
        };
    }
}
