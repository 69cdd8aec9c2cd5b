package dev.touchline.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Journey;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.TouchlinePackage.Literals;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Targets;

/**
 * Where everything of one journey map goes: stage columns, lane bands, touchpoint cards, notes,
 * metric bars and the emotion curve, in map coordinates (pixels at 100 % zoom). Computed by
 * {@link JourneyMapLayout} without any UI toolkit, so the SWT editor and the exports paint the
 * same picture, and hit testing is plain arithmetic that tests can check.
 */
public final class MapLayout {

    /** A stage: its header at the top and its full-height column. */
    public record StageColumn(Stage stage, int index, Rect header, Rect column) {
    }

    /** A horizontal lane; {@code title} is the part in the left margin. */
    public record LaneBand(Lane lane, Rect bounds, Rect title) {
    }

    /** A touchpoint card with its badges. */
    public record Card(Touchpoint touchpoint, Lane lane, int stageIndex, Rect bounds, Set<Badge> badges) {
    }

    /** A text box: the customer actions of a stage, a pain point or an opportunity. */
    public record Note(EObject element, Lane lane, int stageIndex, Rect bounds) {
    }

    /** A measurement drawn as target against actual. */
    public record MetricBar(Measurement measurement, int stageIndex, Rect bounds, Targets.Status status) {
    }

    /** A point of the emotion curve: a stage's emotion at the centre of its column. */
    public record CurvePoint(Stage stage, int x, int y, int emotion) {
    }

    /**
     * One cubic segment of the emotion curve between two points, with horizontal tangents so the
     * curve never overshoots a stage's value.
     */
    public record CurveSegment(int x1, int y1, int c1x, int c1y, int c2x, int c2y, int x2, int y2) {
    }

    /** A labelled horizontal line across the card lanes (line of visibility, of internal interaction). */
    public record Divider(String label, int y) {
    }

    /** Where a dragged touchpoint would land: stage, lane and index in the stage's touchpoint list. */
    public record DropTarget(Stage stage, Lane lane, int index) {
    }

    /**
     * A text of the model where the map draws it: the element, the attribute that holds the text,
     * and the area it is drawn in (which an in-place editor covers). Multi-line texts wrap.
     */
    public record TextField(EObject element, EAttribute attribute, Rect bounds, boolean multiLine) {
    }

    private final Journey journey;
    private final int width;
    private final int height;
    private final int emotionMin;
    private final int emotionMax;
    private final List<StageColumn> stages;
    private final List<LaneBand> lanes;
    private final List<Card> cards;
    private final List<Note> notes;
    private final List<MetricBar> metrics;
    private final List<CurvePoint> curve;
    private final List<Divider> dividers;
    private final int[] columnsPerStage;

    MapLayout(Journey journey, int width, int height, int emotionMin, int emotionMax, List<StageColumn> stages,
            List<LaneBand> lanes, List<Card> cards, List<Note> notes, List<MetricBar> metrics,
            List<CurvePoint> curve, List<Divider> dividers, int[] columnsPerStage) {
        this.journey = journey;
        this.width = width;
        this.height = height;
        this.emotionMin = emotionMin;
        this.emotionMax = emotionMax;
        this.stages = List.copyOf(stages);
        this.lanes = List.copyOf(lanes);
        this.cards = List.copyOf(cards);
        this.notes = List.copyOf(notes);
        this.metrics = List.copyOf(metrics);
        this.curve = List.copyOf(curve);
        this.dividers = List.copyOf(dividers);
        this.columnsPerStage = columnsPerStage.clone();
    }

    public Journey journey() {
        return journey;
    }

    /** Width of the whole map. */
    public int width() {
        return width;
    }

    /** Height of the whole map. */
    public int height() {
        return height;
    }

    /** The lowest emotion of the model's scale (the bottom of the emotion lane). */
    public int emotionMin() {
        return emotionMin;
    }

    /** The highest emotion of the model's scale (the top of the emotion lane). */
    public int emotionMax() {
        return emotionMax;
    }

    public List<StageColumn> stages() {
        return stages;
    }

    public List<LaneBand> lanes() {
        return lanes;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<Note> notes() {
        return notes;
    }

    public List<MetricBar> metrics() {
        return metrics;
    }

    public List<CurvePoint> curve() {
        return curve;
    }

    public List<Divider> dividers() {
        return dividers;
    }

    /** The emotion curve as smooth segments between consecutive stages that have an emotion. */
    public List<CurveSegment> curveSegments() {
        List<CurveSegment> segments = new ArrayList<>();
        for (int i = 1; i < curve.size(); i++) {
            CurvePoint a = curve.get(i - 1);
            CurvePoint b = curve.get(i);
            int dx = (b.x() - a.x()) / 2;
            segments.add(new CurveSegment(a.x(), a.y(), a.x() + dx, a.y(), b.x() - dx, b.y(), b.x(), b.y()));
        }
        return segments;
    }

    /** The lane band, or {@code null} when the lane is hidden. */
    public LaneBand lane(Lane lane) {
        for (LaneBand band : lanes) {
            if (band.lane() == lane) {
                return band;
            }
        }
        return null;
    }

    /** The card of a touchpoint, or {@code null} when it is not on this map. */
    public Card cardOf(Touchpoint touchpoint) {
        for (Card card : cards) {
            if (card.touchpoint() == touchpoint) {
                return card;
            }
        }
        return null;
    }

    /** The column of a stage, or {@code null} when the stage is not on this map. */
    public StageColumn columnOf(Stage stage) {
        for (StageColumn column : stages) {
            if (column.stage() == stage) {
                return column;
            }
        }
        return null;
    }

    /** The bounds of whatever shows this element on the map, or {@code null}. */
    public Rect boundsOf(EObject element) {
        for (Card card : cards) {
            if (card.touchpoint() == element) {
                return card.bounds();
            }
        }
        for (Note note : notes) {
            if (note.element() == element && !(element instanceof Stage)) { // a stage is its header
                return note.bounds();
            }
        }
        for (MetricBar bar : metrics) {
            if (bar.measurement() == element) {
                return bar.bounds();
            }
        }
        for (StageColumn column : stages) {
            if (column.stage() == element) {
                return column.header();
            }
        }
        return null;
    }

    /** Diameter of a card's badge. */
    public static final int BADGE_SIZE = 15;

    /** From one badge to the next. */
    public static final int BADGE_STEP = 18;

    /** Where a card's {@code index}-th badge is drawn (right to left from the top-right corner). */
    public static Rect badgeBounds(Card card, int index) {
        Rect b = card.bounds();
        return new Rect(b.right() - 20 - index * BADGE_STEP, b.y() + 6, BADGE_SIZE, BADGE_SIZE);
    }

    /** How wide a card's name may be: the card less its owner strip and its badges. */
    public static int nameWidth(Card card) {
        return card.bounds().width() - 22 - card.badges().size() * BADGE_STEP;
    }

    /** The badge at a point, or {@code null}. */
    public Badge badgeAt(int x, int y) {
        for (Card card : cards) {
            if (card.bounds().contains(x, y)) {
                int index = 0;
                for (Badge badge : card.badges()) {
                    if (badgeBounds(card, index++).contains(x, y)) {
                        return badge;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The cards that intersect the area (what a painter must draw for a viewport). */
    public List<Card> cardsIn(Rect area) {
        List<Card> result = new ArrayList<>();
        for (Card card : cards) {
            if (card.bounds().intersects(area)) {
                result.add(card);
            }
        }
        return result;
    }

    /**
     * The model element drawn at a point: a touchpoint card, a pain point or opportunity note, a
     * metric bar, or a stage (header or customer actions); {@code null} on empty map.
     */
    public EObject elementAt(int x, int y) {
        for (Card card : cards) {
            if (card.bounds().contains(x, y)) {
                return card.touchpoint();
            }
        }
        for (Note note : notes) {
            if (note.bounds().contains(x, y)) {
                return note.element();
            }
        }
        for (MetricBar bar : metrics) {
            if (bar.bounds().contains(x, y)) {
                return bar.measurement();
            }
        }
        for (StageColumn column : stages) {
            if (column.header().contains(x, y)) {
                return column.stage();
            }
        }
        return null;
    }

    /**
     * The text drawn at a point, for editing it where it is: a card's or note's name, a stage's
     * customer actions (its note in the actions lane), a stage's name or customer goal (the upper
     * and middle bands of its header); {@code null} where no text of the model is drawn (the
     * emotion line of a header, a metric bar, empty map). The journey's own name sits in the
     * pinned left margin, which only the view places: see {@link #journeyTitle()}.
     */
    public TextField textAt(int x, int y) {
        for (Card card : cards) {
            if (card.bounds().contains(x, y)) {
                return new TextField(card.touchpoint(), Literals.NAMED_ELEMENT__NAME,
                        card.bounds(), false);
            }
        }
        for (Note note : notes) {
            if (note.bounds().contains(x, y)) {
                return note.element() instanceof Stage
                        ? new TextField(note.element(), note.lane() == Lane.THOUGHTS ? Literals.STAGE__THOUGHTS
                                : Literals.STAGE__CUSTOMER_ACTIONS, note.bounds(), true)
                        : new TextField(note.element(), Literals.NAMED_ELEMENT__NAME,
                                note.bounds(), false);
            }
        }
        for (StageColumn column : stages) {
            Rect h = column.header();
            if (!h.contains(x, y) || y >= h.bottom() - JourneyMapLayout.HEADER_EMOTION_HEIGHT) {
                continue;
            }
            if (y < h.y() + JourneyMapLayout.HEADER_GOAL_Y) {
                return new TextField(column.stage(), Literals.NAMED_ELEMENT__NAME,
                        new Rect(h.x(), h.y(), h.width(), JourneyMapLayout.HEADER_GOAL_Y), false);
            }
            return new TextField(column.stage(), Literals.STAGE__CUSTOMER_GOAL,
                    new Rect(h.x(), h.y() + JourneyMapLayout.HEADER_GOAL_Y, h.width(), h.height()
                            - JourneyMapLayout.HEADER_GOAL_Y - JourneyMapLayout.HEADER_EMOTION_HEIGHT), true);
        }
        return null;
    }

    /** A direction of the arrow keys. */
    public enum Direction {
        LEFT, RIGHT, UP, DOWN
    }

    /**
     * The card or stage header an arrow key moves to from {@code from} (or from a note or metric
     * bar that is selected): the nearest one whose centre
     * lies that way, nearness counting the distance along the arrow plus three times the distance
     * across it (so Down goes to the card below rather than to a nearer one beside it). From
     * nothing ({@code null}, or an element not drawn), the first stage. {@code null} when nothing
     * lies that way.
     */
    public EObject neighbour(EObject from, Direction direction) {
        Rect start = from == null ? null : boundsOf(from);
        if (start == null) {
            return stages.isEmpty() ? null : stages.get(0).stage();
        }
        EObject best = null;
        long bestScore = Long.MAX_VALUE;
        List<EObject> targets = new ArrayList<>();
        List<Rect> bounds = new ArrayList<>();
        for (StageColumn column : stages) {
            targets.add(column.stage());
            bounds.add(column.header());
        }
        for (Card card : cards) {
            targets.add(card.touchpoint());
            bounds.add(card.bounds());
        }
        for (int i = 0; i < targets.size(); i++) {
            Rect b = bounds.get(i);
            int dx = b.centerX() - start.centerX();
            int dy = b.centerY() - start.centerY();
            int along = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            int across = Math.abs(direction == Direction.LEFT || direction == Direction.RIGHT ? dy : dx);
            if (along <= 0 || targets.get(i) == from) {
                continue;
            }
            long score = along + 3L * across;
            if (score < bestScore) {
                bestScore = score;
                best = targets.get(i);
            }
        }
        return best;
    }

    /** Where the journey's name is drawn, in the left margin's top corner (pinned to the view's left edge). */
    public TextField journeyTitle() {
        int header = stages.isEmpty() ? JourneyMapLayout.HEADER_HEIGHT : stages.get(0).header().height();
        return new TextField(journey, Literals.NAMED_ELEMENT__NAME,
                new Rect(0, 0, JourneyMapLayout.GUTTER, header / 2), false);
    }

    /** The stage whose column contains the x coordinate, or {@code null} (left margin, past the end). */
    public StageColumn stageAtX(int x) {
        for (StageColumn column : stages) {
            if (x >= column.column().x() && x < column.column().right()) {
                return column;
            }
        }
        return null;
    }

    /**
     * Where a touchpoint dropped at this point would go: the stage under the point, the card lane
     * under the point (or {@code keepLane} when the point is in no card lane), and the index in
     * the stage's touchpoint list before which it lands. {@code null} outside every stage.
     */
    public DropTarget dropTargetAt(int x, int y, Lane keepLane) {
        StageColumn column = stageAtX(x);
        if (column == null) {
            return null;
        }
        Lane lane = keepLane;
        for (LaneBand band : lanes) {
            if (band.lane().holdsCards() && y >= band.bounds().y() && y < band.bounds().bottom()) {
                lane = band.lane();
            }
        }
        Stage stage = column.stage();
        List<Touchpoint> inLane = new ArrayList<>();
        for (Touchpoint touchpoint : stage.getTouchpoints()) {
            if (Lane.of(touchpoint.getVisibility()) == lane) {
                inLane.add(touchpoint);
            }
        }
        LaneBand band = lane(lane);
        int slot = inLane.size();
        if (band != null) {
            int cols = columnsPerStage[column.index()];
            int col = clamp((x - column.column().x() - JourneyMapLayout.PADDING) / (JourneyMapLayout.CARD_WIDTH
                    + JourneyMapLayout.GAP), 0, cols - 1);
            int row = Math.max(0, (y - band.bounds().y() - JourneyMapLayout.PADDING) / (JourneyMapLayout.CARD_HEIGHT
                    + JourneyMapLayout.GAP));
            slot = Math.min(inLane.size(), row * cols + col);
        }
        int index;
        if (slot < inLane.size()) {
            index = stage.getTouchpoints().indexOf(inLane.get(slot));
        } else if (!inLane.isEmpty()) {
            index = stage.getTouchpoints().indexOf(inLane.get(inLane.size() - 1)) + 1;
        } else {
            index = stage.getTouchpoints().size();
        }
        return new DropTarget(stage, lane, index);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
