package dev.touchline.export;

import static dev.touchline.export.Markup.color;

import java.util.Locale;

import dev.touchline.map.draw.MapFont;
import dev.touchline.map.draw.Shape;
import dev.touchline.map.draw.Surface;

/**
 * A {@link Surface} that writes SVG elements; every text from the model is escaped by
 * {@link Markup}. Text names DejaVu Sans first (the font the drawing measured it with).
 */
final class SvgSurface implements Surface {

    /** The size the document sets on its root element; other texts say theirs. */
    static final MapFont DEFAULT_FONT = MapFont.REGULAR;

    private final StringBuilder s;
    /** For each open group, whether it was written as a {@code <g>} element. */
    private final java.util.Deque<Boolean> groups = new java.util.ArrayDeque<>();

    SvgSurface(StringBuilder s) {
        this.s = s;
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill) {
        s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(color(fill)).append("\"/>\n");
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r, Integer fill, Integer stroke,
            double strokeWidth, double[] dash) {
        s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"');
        if (r > 0) {
            s.append(" rx=\"").append(num(r)).append('"');
        }
        paint(fill, stroke, strokeWidth, dash, false);
        s.append("/>\n");
    }

    /** The fill and stroke attributes of a shape; round caps and joins for free-form paths. */
    private void paint(Integer fill, Integer stroke, double strokeWidth, double[] dash, boolean round) {
        s.append(" fill=\"").append(fill == null ? "none" : color(fill)).append('"');
        if (stroke != null) {
            s.append(" stroke=\"").append(color(stroke)).append("\" stroke-width=\"").append(num(strokeWidth))
                    .append('"');
            if (round) {
                s.append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
            }
            dash(dash);
        }
    }

    private void dash(double[] dash) {
        if (dash != null) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                s.append(i == 0 ? "" : " ").append(num(dash[i]));
            }
            s.append('"');
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash) {
        s.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(color(stroke))
                .append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
        dash(dash);
        s.append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, Integer stroke, double strokeWidth) {
        s.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(color(fill)).append('"');
        if (stroke != null) {
            s.append(" stroke=\"").append(color(stroke)).append("\" stroke-width=\"").append(num(strokeWidth))
                    .append('"');
        }
        s.append("/>\n");
    }

    @Override
    public void path(Shape shape, Integer fill, Integer stroke, double strokeWidth, double[] dash) {
        s.append("<path");
        paint(fill, stroke, strokeWidth, dash, true);
        s.append(" d=\"");
        for (Shape.Piece piece : shape.pieces()) {
            s.append(switch (piece.kind()) {
            case MOVE -> 'M';
            case LINE -> 'L';
            case CUBIC -> 'C';
            case CLOSE -> 'Z';
            });
            double[] p = piece.points();
            for (int i = 0; i < p.length; i++) {
                s.append(i == 0 ? "" : " ").append(num(p[i]));
            }
        }
        s.append("\"/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, MapFont font, int fill, boolean centred) {
        s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append('"');
        if (centred) {
            s.append(" text-anchor=\"middle\"");
        }
        if (font.size() != DEFAULT_FONT.size()) {
            s.append(" font-size=\"").append(num(font.size())).append('"');
        }
        if (font.bold()) {
            s.append(" font-weight=\"bold\"");
        }
        s.append(" fill=\"").append(color(fill)).append("\">").append(Markup.text(text)).append("</text>\n");
    }

    @Override
    public void beginGroup(String title, double opacity) {
        boolean written = title != null || opacity < 1;
        groups.push(written);
        if (!written) {
            return; // nothing to say about it: no element
        }
        s.append("<g");
        if (opacity < 1) {
            s.append(" opacity=\"").append(String.format(Locale.ROOT, "%.2f", opacity)).append('"');
        }
        s.append('>');
        if (title != null) {
            s.append("<title>").append(Markup.text(title)).append("</title>");
        }
    }

    @Override
    public void endGroup() {
        if (!groups.isEmpty() && groups.pop()) { // an end without a begin: nothing to close
            s.append("</g>\n");
        }
    }

    static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
