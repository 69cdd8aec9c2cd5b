package dev.touchline.map;

/** An axis-aligned rectangle in map coordinates (pixels at 100 % zoom). */
public record Rect(int x, int y, int width, int height) {

    /** Whether the point lies inside (left and top edges inclusive). */
    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    /** Whether the two rectangles share at least one point. */
    public boolean intersects(Rect other) {
        return other.x < x + width && x < other.x + other.width && other.y < y + height && y < other.y + other.height;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerX() {
        return x + width / 2;
    }

    public int centerY() {
        return y + height / 2;
    }
}
