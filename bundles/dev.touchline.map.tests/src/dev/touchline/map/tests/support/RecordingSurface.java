package dev.touchline.map.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.touchline.map.draw.MapFont;
import dev.touchline.map.draw.Shape;
import dev.touchline.map.draw.Surface;

/**
 * A {@link Surface} that writes down what is drawn on it: to compare two drawings (the editor's
 * and an export's) operation by operation, or to find what a drawing says and in which colour.
 * Given another surface, it passes every call on to it, so a test can record what a real back end
 * (SWT's) was asked to draw.
 */
public final class RecordingSurface implements Surface {

    /**
     * One drawing operation.
     *
     * @param kind the {@link Surface} method: rect, roundRect, line, circle, path, text, group or
     *            end
     * @param numbers its coordinates and sizes, in the method's order (a path's: its stroke width,
     *            then every piece's points)
     * @param fill fill colour, or {@code null}
     * @param stroke stroke colour, or {@code null}
     * @param text the text of a text, the title of a group, else {@code null}
     * @param font the font of a text, else {@code null}
     * @param opacity a group's opacity, else 1
     */
    public record Op(String kind, List<Double> numbers, Integer fill, Integer stroke, String text, MapFont font,
            double opacity) {

        @Override
        public String toString() {
            return kind + " " + numbers.stream().map(n -> String.format(Locale.ROOT, "%.1f", n))
                    .collect(Collectors.joining(" ")) + (fill == null ? "" : String.format(" fill=#%06x", fill))
                    + (stroke == null ? "" : String.format(" stroke=#%06x", stroke))
                    + (font == null ? "" : " " + font) + (opacity == 1 ? "" : " opacity=" + opacity)
                    + (text == null ? "" : " |" + text);
        }
    }

    private final List<Op> operations = new ArrayList<>();
    private final Surface delegate;

    /** Records only. */
    public RecordingSurface() {
        this(null);
    }

    /** Records and passes every call on to {@code delegate} ({@code null}: records only). */
    public RecordingSurface(Surface delegate) {
        this.delegate = delegate;
    }

    /** The operations so far, in order. */
    public List<Op> operations() {
        return operations;
    }

    /** The texts drawn, in order. */
    public List<String> texts() {
        return operations.stream().filter(o -> o.kind().equals("text")).map(Op::text).toList();
    }

    private void add(String kind, Integer fill, Integer stroke, String text, MapFont font, double opacity,
            double... numbers) {
        List<Double> list = new ArrayList<>(numbers.length);
        for (double n : numbers) {
            list.add(n);
        }
        operations.add(new Op(kind, List.copyOf(list), fill, stroke, text, font, opacity));
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill) {
        add("rect", fill, null, null, null, 1, x, y, w, h);
        if (delegate != null) {
            delegate.rect(x, y, w, h, fill);
        }
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r, Integer fill, Integer stroke,
            double strokeWidth, double[] dash) {
        add("roundRect", fill, stroke, null, null, 1, x, y, w, h, r, strokeWidth);
        if (delegate != null) {
            delegate.roundRect(x, y, w, h, r, fill, stroke, strokeWidth, dash);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash) {
        add("line", null, stroke, null, null, 1, x1, y1, x2, y2, strokeWidth);
        if (delegate != null) {
            delegate.line(x1, y1, x2, y2, stroke, strokeWidth, dash);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, Integer stroke, double strokeWidth) {
        add("circle", fill, stroke, null, null, 1, cx, cy, r);
        if (delegate != null) {
            delegate.circle(cx, cy, r, fill, stroke, strokeWidth);
        }
    }

    @Override
    public void path(Shape shape, Integer fill, Integer stroke, double strokeWidth, double[] dash) {
        List<Double> numbers = new ArrayList<>();
        numbers.add(strokeWidth);
        shape.pieces().forEach(p -> java.util.Arrays.stream(p.points()).forEach(numbers::add));
        operations.add(new Op("path", List.copyOf(numbers), fill, stroke, null, null, 1));
        if (delegate != null) {
            delegate.path(shape, fill, stroke, strokeWidth, dash);
        }
    }

    @Override
    public void text(String text, double x, double baseline, MapFont font, int fill, boolean centred) {
        add("text", fill, null, text, font, 1, x, baseline);
        if (delegate != null) {
            delegate.text(text, x, baseline, font, fill, centred);
        }
    }

    @Override
    public void beginGroup(String title, double opacity) {
        add("group", null, null, title, null, opacity);
        if (delegate != null) {
            delegate.beginGroup(title, opacity);
        }
    }

    @Override
    public void endGroup() {
        add("end", null, null, null, null, 1);
        if (delegate != null) {
            delegate.endGroup();
        }
    }
}
