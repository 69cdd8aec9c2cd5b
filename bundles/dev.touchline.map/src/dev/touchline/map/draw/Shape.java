package dev.touchline.map.draw;

import java.util.ArrayList;
import java.util.List;

import dev.touchline.map.MapLayout;

/**
 * An outline made of straight and cubic pieces, in map pixels (y down): the one free-form shape a
 * {@link Surface} draws. The drawing decides every shape (a card's owner strip, the emotion curve,
 * a dependency arrow and its head, a sparkline) here, once; each surface only writes the pieces in
 * its format, so no back end has its own idea of what a strip or an arrow looks like.
 */
public final class Shape {

    /** Bézier control distance for a quarter circle of radius 1. */
    static final double KAPPA = 0.5523;

    /** What one piece does. */
    public enum Kind {
        /** Starts a new outline at (x, y). */
        MOVE,
        /** A straight line to (x, y). */
        LINE,
        /** A cubic Bézier curve through the controls (c1, c2) to (x, y). */
        CUBIC,
        /** Closes the outline back to its start. */
        CLOSE
    }

    /**
     * One piece; {@code points} holds x, y pairs: one pair for MOVE and LINE, three for CUBIC
     * (c1, c2, end), none for CLOSE.
     */
    public record Piece(Kind kind, double[] points) {
    }

    private final List<Piece> pieces = new ArrayList<>();

    public Shape moveTo(double x, double y) {
        pieces.add(new Piece(Kind.MOVE, new double[] { x, y }));
        return this;
    }

    public Shape lineTo(double x, double y) {
        pieces.add(new Piece(Kind.LINE, new double[] { x, y }));
        return this;
    }

    public Shape cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        pieces.add(new Piece(Kind.CUBIC, new double[] { c1x, c1y, c2x, c2y, x, y }));
        return this;
    }

    public Shape close() {
        pieces.add(new Piece(Kind.CLOSE, new double[0]));
        return this;
    }

    /** The pieces, in order. */
    public List<Piece> pieces() {
        return List.copyOf(pieces);
    }

    // --- the shapes of the map -------------------------------------------------------------------

    /** A card's owner strip: its left 10 px at (x, y), {@code h} high, the outer corners rounded by 5. */
    public static Shape strip(double x, double y, double h) {
        double k = 5 * KAPPA;
        return new Shape().moveTo(x + 10, y).lineTo(x + 5, y).cubicTo(x + 5 - k, y, x, y + 5 - k, x, y + 5)
                .lineTo(x, y + h - 5).cubicTo(x, y + h - 5 + k, x + 5 - k, y + h, x + 5, y + h).lineTo(x + 10, y + h)
                .close();
    }

    /** The emotion curve: one cubic piece per segment. */
    public static Shape curve(List<MapLayout.CurveSegment> segments) {
        Shape shape = new Shape();
        for (MapLayout.CurveSegment s : segments) {
            shape.moveTo(s.x1(), s.y1()).cubicTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x2(), s.y2());
        }
        return shape;
    }

    /** Straight lines through the points {@code x0, y0, x1, y1, ...} (a sparkline, an arrow's shaft). */
    public static Shape polyline(double... xy) {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a polyline needs at least two x, y pairs, not " + xy.length + " numbers");
        }
        Shape shape = new Shape().moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            shape.lineTo(xy[i], xy[i + 1]);
        }
        return shape;
    }

    /**
     * An arrowhead with its tip at (tipX, tipY), pointing away from (fromX, fromY): a closed
     * triangle {@code length} long and {@code width} wide, to fill in the arrow's colour.
     */
    public static Shape arrowHead(double fromX, double fromY, double tipX, double tipY, double length, double width) {
        double dx = tipX - fromX;
        double dy = tipY - fromY;
        double d = Math.hypot(dx, dy);
        double ux = d == 0 ? 1 : dx / d;
        double uy = d == 0 ? 0 : dy / d;
        double bx = tipX - ux * length;
        double by = tipY - uy * length;
        double half = width / 2;
        return new Shape().moveTo(tipX, tipY).lineTo(bx - uy * half, by + ux * half).lineTo(bx + uy * half, by - ux * half)
                .close();
    }
}
