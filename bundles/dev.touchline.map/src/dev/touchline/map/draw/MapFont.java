package dev.touchline.map.draw;

/**
 * The four text styles of the journey map, in DejaVu Sans, sized in map pixels. Each size is a
 * whole number of points at 96 pixels per inch, so the editor (which sizes fonts in points) shows
 * exactly what the exports draw.
 */
public enum MapFont {
    /** Notes, goals: 10 pt. */
    REGULAR(40 / 3.0, false),
    /** Card titles, lane titles: 10 pt bold. */
    BOLD(40 / 3.0, true),
    /** Channel and owner, metric labels, legend: 9 pt. */
    SMALL(12, false),
    /** Stage and journey names: 12 pt bold. */
    TITLE(16, true);

    private final double size;
    private final boolean bold;

    MapFont(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }

    /** The size in map pixels (the em square). */
    public double size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    /** The size in points at 96 pixels per inch. */
    public int points() {
        return (int) Math.round(size * 72 / 96);
    }
}
