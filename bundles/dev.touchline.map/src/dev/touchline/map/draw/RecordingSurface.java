package dev.touchline.map.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.touchline.map.MapLayout;

/**
 * A {@link Surface} that writes down what is drawn on it: to compare two drawings (the editor's
 * and an export's) operation by operation, or to find what a drawing says and in which colour.
 */
public final class RecordingSurface implements Surface {

    /**
     * One drawing operation.
     *
     * @param kind the {@link Surface} method: rect, roundRect, line, circle, strip, curve, text,
     *            group or end
     * @param numbers its coordinates and sizes, in the method's order (a curve's are left out)
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
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r, Integer fill, Integer stroke,
            double strokeWidth, double[] dash) {
        add("roundRect", fill, stroke, null, null, 1, x, y, w, h, r, strokeWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, double[] dash) {
        add("line", null, stroke, null, null, 1, x1, y1, x2, y2, strokeWidth);
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, Integer stroke, double strokeWidth) {
        add("circle", fill, stroke, null, null, 1, cx, cy, r);
    }

    @Override
    public void strip(double x, double y, double h, int fill) {
        add("strip", fill, null, null, null, 1, x, y, h);
    }

    @Override
    public void curve(List<MapLayout.CurveSegment> segments, int stroke, double strokeWidth) {
        add("curve", null, stroke, null, null, 1, strokeWidth);
    }

    @Override
    public void text(String text, double x, double baseline, MapFont font, int fill, boolean centred) {
        add("text", fill, null, text, font, 1, x, baseline);
    }

    @Override
    public void beginGroup(String title, double opacity) {
        add("group", null, null, title, null, opacity);
    }

    @Override
    public void endGroup() {
        add("end", null, null, null, null, 1);
    }
}
