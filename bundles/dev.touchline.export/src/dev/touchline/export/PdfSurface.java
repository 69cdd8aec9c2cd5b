package dev.touchline.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

import dev.touchline.map.draw.MapFont;
import dev.touchline.map.draw.Shape;
import dev.touchline.map.draw.Surface;

/**
 * A {@link Surface} that draws PDF content with Apache PDFBox: poster pixels become points, y
 * flipped, text in DejaVu Sans embedded as a subset. A character the font has no glyph for is drawn as "?" rather than
 * failing the export. PDFBox's I/O errors come out of the drawing calls as
 * {@link UncheckedIOException}; {@link PosterPdf} turns them back into {@link IOException}.
 */
final class PdfSurface implements Surface {

    /** Bézier control distance for a quarter circle of radius 1. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream cs;
    private final double height;
    private final Fonts fonts;

    /** The two faces of DejaVu Sans, loaded once per document, and which characters they can draw. */
    static final class Fonts {
        final PDType0Font regular;
        final PDType0Font bold;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();

        Fonts(PDDocument document) throws IOException {
            regular = font(document, dev.touchline.map.draw.Fonts.REGULAR_FILE);
            bold = font(document, dev.touchline.map.draw.Fonts.BOLD_FILE);
        }

        private static PDType0Font font(PDDocument document, String file) throws IOException {
            try (InputStream in = dev.touchline.map.draw.Fonts.open(file)) {
                return PDType0Font.load(document, in, true);
            }
        }

        /** {@code text} with each character the font cannot draw replaced by "?". */
        String drawable(PDType0Font font, String text) {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder s = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                boolean ok = known.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return !Character.isISOControl(c);
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                s.append(ok ? new String(Character.toChars(cp)) : "?");
            });
            return s.toString();
        }
    }

    /**
     * Draws on {@code cs}, in pixels of an area {@code height} high whose origin is its top left
     * (the caller sets any clip, offset and scale first). Closing the surface does not close
     * {@code cs}.
     */
    PdfSurface(PDPageContentStream cs, Fonts fonts, double height) {
        this.cs = cs;
        this.fonts = fonts;
        this.height = height;
    }


    private float y(double y) {
        return (float) (height - y);
    }

    private void fillColour(int rgb) throws IOException {
        cs.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    private void strokeColour(int rgb) throws IOException {
        cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    /** Runs PDFBox calls, carrying their I/O errors out of the {@link Surface} methods. */
    private interface Drawing {
        void run() throws IOException;
    }

    private static void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill) {
        draw(() -> {
            fillColour(fill);
            cs.addRect((float) x, y(y + h), (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r, Integer fill, Integer stroke,
            double strokeWidth, double[] dash) {
        paint(fill, stroke, strokeWidth, dash, false, () -> roundedPath(x, y, w, h, r, r));
    }

    /**
     * Fills and/or strokes the outline {@code outline} adds (either colour may be {@code null}),
     * then puts the stroke state back, so no shape leaves a dash or a cap to the next.
     */
    private void paint(Integer fill, Integer stroke, double strokeWidth, double[] dash, boolean round,
            Drawing outline) {
        if (fill == null && stroke == null) {
            return;
        }
        draw(() -> {
            if (fill != null) {
                fillColour(fill);
            }
            if (stroke != null) {
                strokeColour(stroke);
                cs.setLineWidth((float) strokeWidth);
                if (round) {
                    cs.setLineCapStyle(1);
                    cs.setLineJoinStyle(1);
                }
                dash(dash);
            }
            outline.run();
            if (fill != null && stroke != null) {
                cs.fillAndStroke();
            } else if (fill != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
            if (stroke != null && round) {
                cs.setLineCapStyle(0);
                cs.setLineJoinStyle(0);
            }
            if (stroke != null && dash != null) {
                cs.setLineDashPattern(new float[0], 0);
            }
        });
    }

    private void dash(double[] dash) throws IOException {
        if (dash != null) {
            float[] pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) dash[i];
            }
            cs.setLineDashPattern(pattern, 0);
        }
    }

    @Override
    public void path(Shape shape, Integer fill, Integer stroke, double strokeWidth, double[] dash) {
        paint(fill, stroke, strokeWidth, dash, true, () -> {
            for (Shape.Piece piece : shape.pieces()) {
                double[] p = piece.points();
                switch (piece.kind()) {
                case MOVE -> cs.moveTo((float) p[0], y(p[1]));
                case LINE -> cs.lineTo((float) p[0], y(p[1]));
                case CUBIC -> cs.curveTo((float) p[0], y(p[1]), (float) p[2], y(p[3]), (float) p[4], y(p[5]));
                case CLOSE -> cs.closePath();
                }
            }
        });
    }

    /** A rectangle with corners rounded by rx, ry (a circle when it is all corner). */
    private void roundedPath(double x, double y, double w, double h, double rx, double ry) throws IOException {
        float kx = (float) rx * KAPPA;
        float ky = (float) ry * KAPPA;
        float left = (float) x;
        float right = (float) (x + w);
        cs.moveTo(left + (float) rx, y(y));
        cs.lineTo(right - (float) rx, y(y));
        cs.curveTo(right - (float) rx + kx, y(y), right, y(y + ry - ky), right, y(y + ry));
        cs.lineTo(right, y(y + h - ry));
        cs.curveTo(right, y(y + h - ry + ky), right - (float) rx + kx, y(y + h), right - (float) rx, y(y + h));
        cs.lineTo(left + (float) rx, y(y + h));
        cs.curveTo(left + (float) rx - kx, y(y + h), left, y(y + h - ry + ky), left, y(y + h - ry));
        cs.lineTo(left, y(y + ry));
        cs.curveTo(left, y(y + ry - ky), left + (float) rx - kx, y(y), left + (float) rx, y(y));
        cs.closePath();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash) {
        draw(() -> {
            strokeColour(stroke);
            cs.setLineWidth((float) strokeWidth);
            dash(dash);
            cs.moveTo((float) x1, y(y1));
            cs.lineTo((float) x2, y(y2));
            cs.stroke();
            if (dash != null) {
                cs.setLineDashPattern(new float[0], 0);
            }
        });
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, Integer stroke, double strokeWidth) {
        draw(() -> {
            fillColour(fill);
            roundedPath(cx - r, cy - r, 2 * r, 2 * r, r, r);
            if (stroke == null) {
                cs.fill();
            } else {
                strokeColour(stroke);
                cs.setLineWidth((float) strokeWidth);
                cs.fillAndStroke();
            }
        });
    }

    @Override
    public void text(String text, double x, double baseline, MapFont mapFont, int fill, boolean centred) {
        text(text, x, baseline, mapFont.size(), mapFont.bold(), fill, centred);
    }

    /** Text at any size (the sheet labels of a tiled poster). */
    void text(String text, double x, double baseline, double size, boolean isBold, int fill, boolean centred) {
        if (text == null || text.isEmpty()) {
            return;
        }
        PDType0Font font = isBold ? fonts.bold : fonts.regular;
        String shown = fonts.drawable(font, text);
        draw(() -> {
            double left = x;
            if (centred) {
                left -= font.getStringWidth(shown) / 1000 * size / 2;
            }
            fillColour(fill);
            cs.beginText();
            cs.setFont(font, (float) size);
            cs.newLineAtOffset((float) left, y(baseline));
            cs.showText(shown);
            cs.endText();
        });
    }

    /** The graphics states of group opacities, one per opacity. */
    private final Map<Double, PDExtendedGraphicsState> opacities = new HashMap<>();

    /** The opacity of each open group, the innermost last: nested groups multiply, as in SVG and SWT. */
    private final java.util.Deque<Double> alphas = new java.util.ArrayDeque<>();

    @Override
    public void beginGroup(String title, double opacity) {
        // PDF has no titled groups (the text on the card says what it is); a group is a saved state
        double outer = alphas.isEmpty() ? 1 : alphas.peek();
        double alpha = outer * opacity;
        alphas.push(alpha);
        draw(() -> {
            cs.saveGraphicsState();
            if (alpha < 1) {
                PDExtendedGraphicsState state = opacities.computeIfAbsent(alpha, o -> {
                    PDExtendedGraphicsState s = new PDExtendedGraphicsState();
                    s.setNonStrokingAlphaConstant(o.floatValue());
                    s.setStrokingAlphaConstant(o.floatValue());
                    return s;
                });
                cs.setGraphicsStateParameters(state);
            }
        });
    }

    @Override
    public void endGroup() {
        if (!alphas.isEmpty()) { // an end without a begin: nothing to restore
            alphas.pop();
            draw(cs::restoreGraphicsState);
        }
    }
}
