package dev.touchline.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;

import dev.touchline.map.MapLayout;

import dev.touchline.map.draw.MapFont;
import dev.touchline.map.draw.Shape;
import dev.touchline.map.draw.Surface;
import dev.touchline.map.draw.TextFit;

/**
 * The map's {@link Surface} on an SWT {@link GC} (the editor's canvas, or an image for File >
 * Export Map Image), in map coordinates (the caller sets any zoom transform and clip). Shapes snap
 * to whole pixels as SWT draws them: a 1 px stroke centred on x + 0.5 covers pixel column x.
 */
public final class SwtSurface implements Surface {

    private final GC gc;
    private final SwtColors colors;
    private final MapFonts fonts;
    private final TextFit text;
    private final Deque<Integer> alphas = new ArrayDeque<>();
    private int alpha = 255;
    private int lineWidth = -1;
    private double[] dash;

    public SwtSurface(GC gc, SwtColors colors, TextFit text) {
        this.gc = gc;
        this.colors = colors;
        this.fonts = MapFonts.of(gc.getDevice() instanceof org.eclipse.swt.widgets.Display d ? d
                : org.eclipse.swt.widgets.Display.getCurrent());
        this.text = text;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private Color color(int rgb) {
        return colors.get(rgb);
    }

    private static int floor(double v) {
        return (int) Math.floor(v);
    }

    private static int extent(double from, double size) {
        return (int) Math.ceil(from + size) - floor(from);
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill) {
        gc.setBackground(color(fill));
        gc.fillRectangle(floor(x), floor(y), extent(x, w), extent(y, h));
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r, Integer fill, Integer stroke,
            double strokeWidth, double[] dash) {
        int arc = (int) Math.round(2 * r);
        if (fill != null) {
            gc.setBackground(color(fill));
            gc.fillRoundRectangle(floor(x), floor(y), extent(x, w), extent(y, h), arc, arc);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, dash);
            gc.drawRoundRectangle(floor(x), floor(y), (int) Math.round(w), (int) Math.round(h), arc, arc);
        }
    }

    /** Sets the stroke; the GC keeps its line width and dash until a stroke needs others. */
    private void stroke(int colour, double width, double[] dash) {
        gc.setForeground(color(colour));
        int w = (int) Math.round(width);
        if (w != lineWidth) {
            gc.setLineWidth(w);
            lineWidth = w;
        }
        if (dash != this.dash) {
            if (dash == null) {
                gc.setLineStyle(SWT.LINE_SOLID);
            } else {
                int[] pattern = new int[dash.length];
                for (int i = 0; i < dash.length; i++) {
                    pattern[i] = Math.max(1, (int) Math.round(dash[i]));
                }
                gc.setLineDash(pattern);
            }
            this.dash = dash;
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash) {
        stroke(stroke, strokeWidth, dash);
        gc.drawLine(floor(x1), floor(y1), floor(x2), floor(y2));
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, Integer stroke, double strokeWidth) {
        int x = (int) Math.round(cx - r);
        int y = (int) Math.round(cy - r);
        int d = (int) Math.round(2 * r);
        gc.setBackground(color(fill));
        gc.fillOval(x, y, d, d);
        if (stroke != null) {
            stroke(stroke, strokeWidth, null);
            gc.drawOval(x, y, d, d);
        }
    }

    @Override
    public void path(Shape shape, Integer fill, Integer stroke, double strokeWidth, double[] dash) {
        if (fill == null && stroke == null) {
            return;
        }
        Path path = new Path(gc.getDevice());
        try {
            for (Shape.Piece piece : shape.pieces()) {
                float[] p = new float[piece.points().length];
                for (int i = 0; i < p.length; i++) {
                    p[i] = (float) piece.points()[i];
                }
                switch (piece.kind()) {
                case MOVE -> path.moveTo(p[0], p[1]);
                case LINE -> path.lineTo(p[0], p[1]);
                case CUBIC -> path.cubicTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                case CLOSE -> path.close();
                }
            }
            if (fill != null) {
                gc.setBackground(color(fill));
                gc.setFillRule(SWT.FILL_WINDING); // nonzero, as SVG and PDF fill
                gc.fillPath(path);
            }
            if (stroke != null) {
                stroke(stroke, strokeWidth, dash);
                gc.setLineCap(SWT.CAP_ROUND);
                gc.setLineJoin(SWT.JOIN_ROUND);
                gc.drawPath(path);
            }
        } finally {
            path.dispose();
            if (stroke != null) {
                gc.setLineCap(SWT.CAP_FLAT);
                gc.setLineJoin(SWT.JOIN_MITER);
            }
        }
    }

    @Override
    public void text(String s, double x, double baseline, MapFont font, int fill, boolean centred) {
        if (s == null || s.isEmpty()) {
            return;
        }
        gc.setFont(fonts.font(font));
        gc.setForeground(color(fill));
        double left = centred ? x - text.width(s, font) / 2 : x;
        gc.drawString(s, (int) Math.round(left), (int) Math.round(baseline) - fonts.ascent(font), true);
    }

    @Override
    public void beginGroup(String title, double opacity) {
        alphas.push(alpha);
        setAlpha((int) Math.round(alpha * opacity));
    }

    @Override
    public void endGroup() {
        setAlpha(alphas.isEmpty() ? 255 : alphas.pop());
    }

    private void setAlpha(int value) {
        if (value != alpha) {
            gc.setAlpha(value);
            alpha = value;
        }
    }

    /**
     * The map's exported sheet (the whole map through {@code view}, with the legend and
     * {@code caption} under it) drawn at {@code scale} into an image: File > Export Map Image as
     * PNG. The same drawing as the SVG and PDF exports.
     */
    public static org.eclipse.swt.graphics.ImageData sheetImage(dev.touchline.map.draw.MapDrawing drawing,
            MapLayout layout, dev.touchline.map.draw.MapView view, String caption, double scale) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        int width = Math.max(1, (int) Math.ceil(dev.touchline.map.draw.MapDrawing.sheetWidth(layout) * scale));
        int height = Math.max(1, (int) Math.ceil(drawing.sheetHeight(layout, view) * scale));
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, width, height);
        GC gc = new GC(image);
        SwtColors colors = new SwtColors(display);
        org.eclipse.swt.graphics.Transform transform = new org.eclipse.swt.graphics.Transform(display);
        try {
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            drawing.drawSheet(new SwtSurface(gc, colors, drawing.text()), layout, view, caption);
            gc.setTransform(null);
            return image.getImageData();
        } finally {
            transform.dispose();
            gc.dispose();
            colors.dispose();
            image.dispose();
        }
    }
}
