package dev.touchline.map.draw;

/**
 * What the journey map is drawn on: the few shapes a map uses, in map pixels (y down), colours as
 * {@code 0xRRGGBB}. {@link MapDrawing} decides every shape, text, line break and colour; a surface
 * only turns them into its format (the editor's SWT {@code GC}, SVG, PDF, or a recording in
 * tests). Strokes are centred on the shape's outline, as in SVG and PDF.
 */
public interface Surface {

    void rect(double x, double y, double w, double h, int fill);

    /**
     * A rectangle with corners rounded by {@code r}; {@code fill} or {@code stroke} may be
     * {@code null} for none, {@code dash} is on-off lengths or {@code null} for a solid stroke.
     */
    void roundRect(double x, double y, double w, double h, double r, Integer fill, Integer stroke,
            double strokeWidth, double[] dash);

    /** A line; {@code dash} is on-off lengths, or {@code null} for a solid line. */
    void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash);

    /** A disc, with a ring of {@code stroke} ({@code strokeWidth} wide) unless it is {@code null}. */
    void circle(double cx, double cy, double r, int fill, Integer stroke, double strokeWidth);

    /**
     * A free-form {@link Shape}: filled with {@code fill} (closed outlines) and stroked with
     * {@code stroke} {@code strokeWidth} wide, round caps and joins; either may be {@code null} for
     * none; {@code dash} is on-off lengths, or {@code null} for a solid stroke.
     */
    void path(Shape shape, Integer fill, Integer stroke, double strokeWidth, double[] dash);

    /** One line of text starting at x (or centred on x) on the baseline y, in the map's typeface. */
    void text(String text, double x, double baseline, MapFont font, int fill, boolean centred);

    /**
     * Starts a group of shapes that belong to one element, named by {@code title} where the format
     * can say so ({@code null}: no name), drawn at {@code opacity} (1: opaque).
     */
    void beginGroup(String title, double opacity);

    void endGroup();
}
