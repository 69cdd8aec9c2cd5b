package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.touchline.map.draw.Shape;

/** The drawing's free-form shapes: what each surface is given to draw. */
class ShapeTest {

    @Test
    void anArrowHeadPointsAwayFromWhereItComesFrom() {
        // an arrow going right, tip at (100, 50): the base is 10 px left of the tip, 8 px wide
        List<Shape.Piece> head = Shape.arrowHead(0, 50, 100, 50, 10, 8).pieces();
        assertEquals(List.of(Shape.Kind.MOVE, Shape.Kind.LINE, Shape.Kind.LINE, Shape.Kind.CLOSE),
                head.stream().map(Shape.Piece::kind).toList());
        assertPoint(100, 50, head.get(0));
        assertPoint(90, 54, head.get(1));
        assertPoint(90, 46, head.get(2));
        // going up (y down on the map): the base is below the tip
        List<Shape.Piece> up = Shape.arrowHead(20, 100, 20, 0, 10, 8).pieces();
        assertPoint(20, 0, up.get(0));
        assertEquals(10, up.get(1).points()[1], 1e-9);
        assertEquals(10, up.get(2).points()[1], 1e-9);
        assertEquals(8, Math.abs(up.get(1).points()[0] - up.get(2).points()[0]), 1e-9);
    }

    @Test
    void aPolylineGoesThroughEveryPointAndRefusesOddInput() {
        List<Shape.Piece> line = Shape.polyline(0, 0, 10, 5, 20, 0).pieces();
        assertEquals(3, line.size());
        assertPoint(20, 0, line.get(2));
        assertThrows(IllegalArgumentException.class, () -> Shape.polyline(1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> Shape.polyline(1, 2));
    }

    @Test
    void aStripIsClosedAndStaysInsideTheCardsLeftTenPixels() {
        List<Shape.Piece> strip = Shape.strip(40, 30, 60).pieces();
        assertEquals(Shape.Kind.CLOSE, strip.get(strip.size() - 1).kind());
        for (Shape.Piece piece : strip) {
            double[] p = piece.points();
            for (int i = 0; i < p.length; i += 2) {
                assertEquals(true, p[i] >= 40 && p[i] <= 50 && p[i + 1] >= 30 && p[i + 1] <= 90,
                        piece.kind() + " at " + p[i] + "," + p[i + 1]);
            }
        }
    }

    private static void assertPoint(double x, double y, Shape.Piece piece) {
        double[] p = piece.points();
        assertEquals(x, p[p.length - 2], 1e-9, piece.kind() + " x");
        assertEquals(y, p[p.length - 1], 1e-9, piece.kind() + " y");
    }
}
