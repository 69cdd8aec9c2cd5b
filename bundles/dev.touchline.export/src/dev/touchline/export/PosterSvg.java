package dev.touchline.export;

import static dev.touchline.export.Markup.text;
import static dev.touchline.export.SvgSurface.num;

import dev.touchline.map.MapLayout;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapView;

/**
 * A journey map as an SVG poster: the map's one drawing ({@link MapDrawing#drawSheet}) on an
 * {@link SvgSurface}. Text is broken into lines by the drawing and escaped ({@link Markup}); the
 * file holds no script, no link and nothing loaded from elsewhere.
 */
public final class PosterSvg {

    private PosterSvg() {
    }

    /**
     * The poster of {@code layout} as {@code view} shows it (department lens).
     *
     * @param caption what the footer says under the legend (model, date), plain text
     */
    public static String of(MapLayout layout, MapView view, String caption) {
        MapDrawing drawing = new MapDrawing();
        return document(MapDrawing.sheetWidth(layout), drawing.sheetHeight(layout, view), MapDrawing.journeyName(layout),
                surface -> drawing.drawSheet(surface, layout, view, caption));
    }

    /** A whole SVG document {@code width × height} px, named {@code title}, holding what {@code draw} draws. */
    static String document(int width, int height, String title, java.util.function.Consumer<SvgSurface> draw) {
        StringBuilder s = new StringBuilder(1 << 16);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"").append(Fonts.FAMILY).append(", Arial, Helvetica, sans-serif\" font-size=\"")
                .append(num(SvgSurface.DEFAULT_FONT.size())).append("\">\n");
        s.append("<title>").append(text(title)).append("</title>\n");
        draw.accept(new SvgSurface(s));
        s.append("</svg>\n");
        return s.toString();
    }
}
