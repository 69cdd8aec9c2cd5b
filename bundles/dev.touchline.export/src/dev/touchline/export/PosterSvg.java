package dev.touchline.export;

import static dev.touchline.export.Markup.text;
import static dev.touchline.export.SvgSurface.num;

import dev.touchline.map.MapLayout;

/**
 * A journey map as an SVG poster ({@link Poster} on an {@link SvgSurface}). Text is wrapped to its
 * boxes ({@link TextFit}) and escaped ({@link Markup}); the file holds no script, no link and
 * nothing loaded from elsewhere.
 */
public final class PosterSvg {

    private PosterSvg() {
    }

    /**
     * The poster of {@code layout}.
     *
     * @param caption what the footer says besides the legend (model, date), plain text
     */
    public static String of(MapLayout layout, String caption) {
        StringBuilder s = new StringBuilder(1 << 16);
        int width = Poster.width(layout);
        int height = Poster.height(layout);
        Poster poster = new Poster(layout, new SvgSurface(s));
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"")
                .append(num(Poster.REGULAR)).append("\">\n");
        s.append("<title>").append(text(Poster.journeyName(layout))).append("</title>\n");
        poster.draw(caption);
        s.append("</svg>\n");
        return s.toString();
    }
}
