package dev.touchline.map;

import dev.touchline.departments.FindingIndex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.Targets;

/**
 * Computes the {@link MapLayout} of a journey: stages as columns in order, lanes as rows, cards
 * wrapped into several sub-columns when a stage has many touchpoints so that the map stays a
 * readable poster rather than a very tall strip.
 */
public final class JourneyMapLayout {

    /** Width of the left margin that holds the lane titles. */
    public static final int GUTTER = 150;
    /** Height of the stage headers (name, customer goal, emotion). */
    public static final int HEADER_HEIGHT = 96;
    /** Where a stage header's customer goal starts, below its name (the name is drawn above this). */
    public static final int HEADER_GOAL_Y = 36;
    /** Height of the emotion line at the bottom of a stage header. */
    public static final int HEADER_EMOTION_HEIGHT = 28;
    public static final int CARD_WIDTH = 190;
    public static final int CARD_HEIGHT = 74;
    public static final int NOTE_HEIGHT = 44;
    /** A metric bar: its touchpoint, its metric with actual and target, the bar. */
    public static final int METRIC_HEIGHT = 48;
    public static final int ACTIONS_HEIGHT = 66;
    public static final int EMOTION_HEIGHT = 120;
    public static final int GAP = 10;
    public static final int PADDING = 12;
    /**
     * Rows of cards a stage shows in one lane before it wraps into another sub-column. Stages with
     * very many touchpoints grow rows too (about √(n/2)), so the map stays twice as wide as tall.
     */
    public static final int ROWS_BEFORE_WRAP = 4;

    private JourneyMapLayout() {
    }

    /** The layout of a journey with every lane shown. */
    public static MapLayout of(Journey journey, FindingIndex findings) {
        return of(journey, EnumSet.allOf(Lane.class), findings);
    }

    /** The layout of a journey showing only the given lanes. */
    public static MapLayout of(Journey journey, Set<Lane> visible, FindingIndex findings) {
        List<Stage> stageList = journey.getStages();
        int n = stageList.size();
        int[] cols = new int[n];
        List<Map<Lane, List<Touchpoint>>> cardsByStage = new ArrayList<>();
        List<List<EObject>> painPoints = new ArrayList<>();
        List<List<EObject>> opportunities = new ArrayList<>();
        List<List<Measurement>> measurements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Stage stage = stageList.get(i);
            Map<Lane, List<Touchpoint>> byLane = new EnumMap<>(Lane.class);
            List<EObject> pains = new ArrayList<>();
            List<EObject> opps = new ArrayList<>(stage.getOpportunities());
            List<Measurement> ms = new ArrayList<>();
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                byLane.computeIfAbsent(Lane.of(touchpoint.getVisibility()), l -> new ArrayList<>()).add(touchpoint);
                pains.addAll(touchpoint.getPainPoints());
                opps.addAll(touchpoint.getOpportunities());
                ms.addAll(touchpoint.getMeasurements());
            }
            int most = 0;
            for (Map.Entry<Lane, List<Touchpoint>> entry : byLane.entrySet()) {
                if (visible.contains(entry.getKey())) {
                    most = Math.max(most, entry.getValue().size());
                }
            }
            cols[i] = Math.max(1, ceilDiv(most, rowsFor(most)));
            cardsByStage.add(byLane);
            painPoints.add(pains);
            opportunities.add(opps);
            measurements.add(ms);
        }

        // Columns.
        int[] columnX = new int[n];
        int[] columnWidth = new int[n];
        int x = GUTTER;
        for (int i = 0; i < n; i++) {
            columnX[i] = x;
            columnWidth[i] = 2 * PADDING + cols[i] * CARD_WIDTH + (cols[i] - 1) * GAP;
            x += columnWidth[i];
        }
        int width = Math.max(x, GUTTER + 2 * PADDING + CARD_WIDTH);

        // Lanes, top to bottom.
        List<MapLayout.LaneBand> lanes = new ArrayList<>();
        List<MapLayout.Card> cards = new ArrayList<>();
        List<MapLayout.Note> notes = new ArrayList<>();
        List<MapLayout.MetricBar> bars = new ArrayList<>();
        List<MapLayout.CurvePoint> curve = new ArrayList<>();
        List<MapLayout.Divider> dividers = new ArrayList<>();
        JourneyModel model = journey.eContainer() instanceof JourneyModel m ? m : null;
        // A scale beyond ±1,000,000 is drawn as if it were that: every product of emotions and
        // pixels below stays within int (a scale of Integer.MIN_VALUE..MAX_VALUE overflowed).
        int emotionMin = model == null ? -2 : clampScale(model.getEmotionMin());
        int emotionMax = model == null ? 2 : Math.max(clampScale(model.getEmotionMax()), emotionMin + 1);
        int y = HEADER_HEIGHT;
        for (Lane lane : Lane.values()) {
            if (!visible.contains(lane)) {
                continue;
            }
            int height = switch (lane) {
                case ACTIONS, THOUGHTS -> ACTIONS_HEIGHT;
                case EMOTION -> EMOTION_HEIGHT;
                case PAIN_POINTS -> stackHeight(painPoints, NOTE_HEIGHT, cols);
                case OPPORTUNITIES -> stackHeight(opportunities, NOTE_HEIGHT, cols);
                case METRICS -> stackHeight(measurements, METRIC_HEIGHT, cols);
                default -> cardLaneHeight(cardsByStage, lane, cols);
            };
            if (lane == Lane.BACKSTAGE && visible.contains(Lane.FRONTSTAGE)) {
                dividers.add(new MapLayout.Divider("Line of visibility", y));
            } else if (lane == Lane.SUPPORT && (visible.contains(Lane.BACKSTAGE) || visible.contains(Lane.FRONTSTAGE))) {
                dividers.add(new MapLayout.Divider("Line of internal interaction", y));
            }
            lanes.add(new MapLayout.LaneBand(lane, new Rect(0, y, width, height), new Rect(0, y, GUTTER, height)));
            for (int i = 0; i < n; i++) {
                int left = columnX[i] + PADDING;
                int inner = columnWidth[i] - 2 * PADDING;
                switch (lane) {
                    case ACTIONS, THOUGHTS -> notes.add(new MapLayout.Note(stageList.get(i), lane, i,
                            new Rect(left, y + PADDING / 2, inner, height - PADDING)));
                    case EMOTION -> {
                        Integer emotion = stageList.get(i).getEmotion();
                        if (emotion != null) {
                            int clamped = Math.max(emotionMin, Math.min(emotionMax, emotion));
                            int usable = height - 2 * PADDING;
                            int py = y + PADDING + (emotionMax - clamped) * usable / (emotionMax - emotionMin);
                            curve.add(new MapLayout.CurvePoint(stageList.get(i), columnX[i] + columnWidth[i] / 2, py,
                                    emotion));
                        }
                    }
                    case PAIN_POINTS, OPPORTUNITIES -> {
                        List<EObject> items = lane == Lane.PAIN_POINTS ? painPoints.get(i) : opportunities.get(i);
                        for (int k = 0; k < items.size(); k++) {
                            notes.add(new MapLayout.Note(items.get(k), lane, i,
                                    cell(left, y, k, cols[i], NOTE_HEIGHT)));
                        }
                    }
                    case METRICS -> {
                        List<Measurement> ms = measurements.get(i);
                        for (int k = 0; k < ms.size(); k++) {
                            bars.add(new MapLayout.MetricBar(ms.get(k), i, cell(left, y, k, cols[i], METRIC_HEIGHT),
                                    Targets.status(ms.get(k))));
                        }
                    }
                    default -> {
                        List<Touchpoint> inLane = cardsByStage.get(i).getOrDefault(lane, List.of());
                        for (int k = 0; k < inLane.size(); k++) {
                            Touchpoint touchpoint = inLane.get(k);
                            cards.add(new MapLayout.Card(touchpoint, lane, i, cell(left, y, k, cols[i], CARD_HEIGHT),
                                    Badge.of(touchpoint, findings)));
                        }
                    }
                }
            }
            y += height;
        }
        List<MapLayout.StageColumn> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            columns.add(new MapLayout.StageColumn(stageList.get(i), i, new Rect(columnX[i], 0, columnWidth[i],
                    HEADER_HEIGHT), new Rect(columnX[i], 0, columnWidth[i], y)));
        }
        return new MapLayout(journey, width, y, emotionMin, emotionMax, columns, lanes, cards, notes, bars, curve,
                dividers, cols);
    }

    private static int cardLaneHeight(List<Map<Lane, List<Touchpoint>>> cardsByStage, Lane lane, int[] cols) {
        int rows = 1;
        for (int i = 0; i < cardsByStage.size(); i++) {
            int count = cardsByStage.get(i).getOrDefault(lane, List.of()).size();
            rows = Math.max(rows, ceilDiv(count, cols[i]));
        }
        return 2 * PADDING + rows * CARD_HEIGHT + (rows - 1) * GAP;
    }

    /** Item {@code k} of a stage's lane, filling the stage's sub-columns row by row. */
    private static Rect cell(int left, int laneY, int k, int cols, int itemHeight) {
        int col = k % cols;
        int row = k / cols;
        return new Rect(left + col * (CARD_WIDTH + GAP), laneY + PADDING + row * (itemHeight + GAP), CARD_WIDTH,
                itemHeight);
    }

    private static int stackHeight(List<? extends List<?>> perStage, int itemHeight, int[] cols) {
        int rows = 1;
        for (int i = 0; i < perStage.size(); i++) {
            rows = Math.max(rows, ceilDiv(perStage.get(i).size(), cols[i]));
        }
        return 2 * PADDING + rows * itemHeight + (rows - 1) * GAP;
    }

    /** How many rows a lane of a stage with {@code count} cards uses before it wraps. */
    public static int rowsFor(int count) {
        return Math.max(ROWS_BEFORE_WRAP, (int) Math.ceil(Math.sqrt(count / 2.0)));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** Largest emotion (either sign) the map draws to scale. */
    static final int MAX_SCALE = 1_000_000;

    private static int clampScale(int value) {
        return Math.max(-MAX_SCALE, Math.min(MAX_SCALE, value));
    }
}
