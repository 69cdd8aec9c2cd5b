package dev.touchline.export;

import java.util.List;

import dev.touchline.map.MapLayout;

/**
 * What a {@link Poster} is drawn on: the few shapes a journey map uses, in poster pixels (y
 * down), colours as 0xRRGGBB. {@link SvgSurface} writes SVG, {@link PdfSurface} a PDF page.
 */
interface Surface {

    void rect(double x, double y, double w, double h, int fill);

    void roundRect(double x, double y, double w, double h, double r, int fill, int stroke, double strokeWidth);

    /** A line; {@code dash} is on-off lengths, or {@code null} for a solid line. */
    void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash);

    /** A disc, with a 2 px ring of {@code stroke} unless it is {@code null}. */
    void circle(double cx, double cy, double r, int fill, Integer stroke);

    /** A card's owner strip: the left 10 px of a card at (x, y) of height h, outer corners rounded by 5. */
    void strip(double x, double y, double h, int fill);

    /** The emotion curve: cubic segments, round caps. */
    void curve(List<MapLayout.CurveSegment> segments, int stroke, double strokeWidth);

    /** One line of text starting at x (or centred on x) on the baseline y. */
    void text(String text, double x, double baseline, double size, boolean bold, int fill, boolean centred);

    /** Starts a group of shapes that belong to one element, named by {@code title} where the format can say so. */
    void beginGroup(String title);

    void endGroup();
}
