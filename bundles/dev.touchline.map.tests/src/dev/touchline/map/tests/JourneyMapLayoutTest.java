package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.touchline.map.Badge;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Rect;
import dev.touchline.model.Journey;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.Visibility;

class JourneyMapLayoutTest {

    @Test
    void everyTouchpointGetsOneCardInsideItsStageColumnAndLane() throws Exception {
        SampleMap sample = new SampleMap();
        Journey journey = sample.model.getJourneys().get(0);
        MapLayout layout = JourneyMapLayout.of(journey, sample.findings());

        assertEquals(journey.getStages().size(), layout.stages().size());
        int touchpoints = journey.getStages().stream().mapToInt(s -> s.getTouchpoints().size()).sum();
        assertEquals(touchpoints, layout.cards().size());
        for (MapLayout.Card card : layout.cards()) {
            Rect column = layout.columnOf((Stage) card.touchpoint().eContainer()).column();
            Rect lane = layout.lane(Lane.of(card.touchpoint().getVisibility())).bounds();
            assertTrue(card.bounds().x() >= column.x() && card.bounds().right() <= column.right(), card.toString());
            assertTrue(card.bounds().y() >= lane.y() && card.bounds().bottom() <= lane.bottom(), card.toString());
        }
    }

    @Test
    void theTextUnderAPointIsTheOneDrawnThere() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE);
        Stage book = sample.byId("st-book");
        Rect header = layout.columnOf(book).header();
        var name = layout.textAt(header.centerX(), header.y() + 12);
        assertSame(book, name.element());
        assertEquals("name", name.attribute().getName());
        var goal = layout.textAt(header.centerX(), header.y() + JourneyMapLayout.HEADER_GOAL_Y + 5);
        assertEquals("customerGoal", goal.attribute().getName());
        assertTrue(goal.multiLine());
        assertNull(layout.textAt(header.centerX(), header.bottom() - 5), "the emotion line is no text to edit");
        MapLayout.Note actions = layout.notes().stream().filter(n -> n.element() == book && n.lane() == Lane.ACTIONS)
                .findFirst().orElseThrow();
        var typed = layout.textAt(actions.bounds().centerX(), actions.bounds().centerY());
        assertSame(book, typed.element());
        assertEquals("customerActions", typed.attribute().getName(), "not the stage's name");
        Touchpoint contract = sample.byId("tp-contract");
        Rect card = layout.cardOf(contract).bounds();
        assertSame(contract, layout.textAt(card.centerX(), card.centerY()).element());
        assertSame(layout.journey(), layout.journeyTitle().element());
    }

    @Test
    void arrowKeysMoveBetweenCardsAndStagesTheWayTheyPoint() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE);
        Stage first = layout.stages().get(0).stage();
        assertSame(first, layout.neighbour(null, MapLayout.Direction.RIGHT), "from nothing: the first stage");
        assertSame(layout.stages().get(1).stage(), layout.neighbour(first, MapLayout.Direction.RIGHT));
        assertNull(layout.neighbour(first, MapLayout.Direction.LEFT), "nothing left of the first stage");
        assertNull(layout.neighbour(first, MapLayout.Direction.UP));
        // From every card each arrow leads to something in that direction, or to nothing.
        for (MapLayout.Card card : layout.cards()) {
            for (MapLayout.Direction d : MapLayout.Direction.values()) {
                var next = layout.neighbour(card.touchpoint(), d);
                if (next == null) {
                    continue;
                }
                Rect b = next instanceof Stage s ? layout.columnOf(s).header() : layout.cardOf((Touchpoint) next).bounds();
                Rect a = card.bounds();
                assertTrue(switch (d) {
                    case LEFT -> b.centerX() < a.centerX();
                    case RIGHT -> b.centerX() > a.centerX();
                    case UP -> b.centerY() < a.centerY();
                    case DOWN -> b.centerY() > a.centerY();
                }, d + " from " + card.touchpoint().getName() + " went to " + next);
            }
        }
        // Down from a stage header: a card of that stage, not of the next one.
        for (MapLayout.StageColumn column : layout.stages()) {
            var below = layout.neighbour(column.stage(), MapLayout.Direction.DOWN);
            if (!column.stage().getTouchpoints().isEmpty()) {
                assertSame(column.stage(), ((Touchpoint) below).eContainer(), "down from " + column.stage().getName());
            }
        }
    }

    @Test
    void cardsNeverOverlap() throws Exception {
        SampleMap sample = new SampleMap();
        List<MapLayout.Card> cards = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE).cards();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).bounds().intersects(cards.get(j).bounds()), cards.get(i) + " / " + cards.get(j));
            }
        }
    }

    @Test
    void onABigJourneyNotesAndMetricBarsStayInTheirColumnAndNeverOverlap() {
        dev.touchline.model.JourneyModel model = dev.touchline.model.synthetic.SyntheticModel.generate(2000, 2000, 7);
        MapLayout layout = JourneyMapLayout.of(model.getJourneys().get(0), FindingIndex.NONE);
        List<Rect> boxes = new java.util.ArrayList<>();
        layout.notes().stream().filter(n -> n.lane() != Lane.ACTIONS).forEach(n -> {
            assertTrue(inColumn(layout, n.stageIndex(), n.bounds()), n.toString());
            boxes.add(n.bounds());
        });
        layout.metrics().forEach(m -> {
            assertTrue(inColumn(layout, m.stageIndex(), m.bounds()), m.toString());
            boxes.add(m.bounds());
        });
        assertTrue(boxes.size() > 2000, "the generated journey has pain points, opportunities and measurements");
        boxes.sort(java.util.Comparator.comparingInt(Rect::y).thenComparingInt(Rect::x));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size() && boxes.get(j).y() < boxes.get(i).bottom(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " / " + boxes.get(j));
            }
        }
        assertTrue(layout.height() < layout.width(), "a poster, not a strip: " + layout.width() + " x " + layout.height());
    }

    private static boolean inColumn(MapLayout layout, int stage, Rect box) {
        Rect column = layout.stages().get(stage).column();
        return box.x() >= column.x() && box.right() <= column.right();
    }

    @Test
    void stagesAreColumnsInModelOrderAndLanesFollowTheBlueprintOrder() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE);
        for (int i = 1; i < layout.stages().size(); i++) {
            assertEquals(layout.stages().get(i - 1).column().right(), layout.stages().get(i).column().x());
        }
        assertTrue(layout.lane(Lane.FRONTSTAGE).bounds().y() < layout.lane(Lane.BACKSTAGE).bounds().y());
        assertTrue(layout.lane(Lane.BACKSTAGE).bounds().y() < layout.lane(Lane.SUPPORT).bounds().y());
        assertEquals(layout.lane(Lane.BACKSTAGE).bounds().y(), layout.dividers().get(0).y(), "line of visibility");
        assertEquals("Line of visibility", layout.dividers().get(0).label());
    }

    @Test
    void badgesComeFromTheFindings() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), sample.findings());
        assertEquals(EnumSet.of(Badge.NO_OWNER), layout.cardOf(sample.byId("tp-truck-tracking")).badges());
        assertTrue(layout.cardOf(sample.byId("tp-contract")).badges().contains(Badge.NO_MEASUREMENT));
        assertTrue(layout.cardOf(sample.byId("tp-crew-arrives")).badges().contains(Badge.OFF_TARGET));
        assertTrue(layout.cardOf(sample.byId("tp-survey-visit")).badges().contains(Badge.MOMENT_OF_TRUTH));
        // Without findings only the model's own flag shows.
        MapLayout bare = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE);
        assertEquals(EnumSet.noneOf(Badge.class), bare.cardOf(sample.byId("tp-truck-tracking")).badges());
    }

    @Test
    void hiddenLanesTakeNoSpaceAndTheirElementsAreNotHit() throws Exception {
        SampleMap sample = new SampleMap();
        Journey journey = sample.model.getJourneys().get(0);
        MapLayout all = JourneyMapLayout.of(journey, FindingIndex.NONE);
        EnumSet<Lane> some = EnumSet.allOf(Lane.class);
        some.remove(Lane.METRICS);
        some.remove(Lane.PAIN_POINTS);
        MapLayout fewer = JourneyMapLayout.of(journey, some, FindingIndex.NONE);
        assertNull(fewer.lane(Lane.METRICS));
        assertTrue(fewer.metrics().isEmpty());
        assertTrue(fewer.height() < all.height());
        assertEquals(all.cards().size(), fewer.cards().size());
    }

    @Test
    void hitTestingFindsCardsHeadersAndNothingInTheMargin() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE);
        MapLayout.Card card = layout.cardOf(sample.byId("tp-contract"));
        assertSame(card.touchpoint(), layout.elementAt(card.bounds().centerX(), card.bounds().centerY()));
        MapLayout.StageColumn book = layout.columnOf(sample.byId("st-book"));
        assertSame(book.stage(), layout.elementAt(book.header().centerX(), book.header().centerY()));
        assertNull(layout.elementAt(5, layout.lane(Lane.FRONTSTAGE).bounds().centerY()));
    }

    @Test
    void dropTargetTakesStageLaneAndPositionFromThePoint() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), FindingIndex.NONE);
        Stage quote = sample.byId("st-quote");
        Touchpoint first = quote.getTouchpoints().get(0);
        Rect firstCard = layout.cardOf(first).bounds();
        MapLayout.DropTarget onFirst = layout.dropTargetAt(firstCard.centerX(), firstCard.centerY(), Lane.FRONTSTAGE);
        assertSame(quote, onFirst.stage());
        assertEquals(Lane.FRONTSTAGE, onFirst.lane());
        assertEquals(0, onFirst.index());

        Rect support = layout.lane(Lane.SUPPORT).bounds();
        MapLayout.DropTarget inSupport = layout.dropTargetAt(layout.columnOf(quote).column().centerX(),
                support.bottom() - 2, Lane.FRONTSTAGE);
        assertEquals(Lane.SUPPORT, inSupport.lane());
        assertNull(layout.dropTargetAt(3, support.y() + 3, Lane.FRONTSTAGE), "the lane titles are not a stage");
    }

    @Test
    void manyTouchpointsInOneStageWrapIntoSubColumns() {
        Journey journey = TouchlineFactory.eINSTANCE.createJourney();
        Stage stage = TouchlineFactory.eINSTANCE.createStage();
        journey.getStages().add(stage);
        for (int i = 0; i < 5000; i++) {
            Touchpoint touchpoint = TouchlineFactory.eINSTANCE.createTouchpoint();
            touchpoint.setVisibility(Visibility.FRONTSTAGE);
            stage.getTouchpoints().add(touchpoint);
        }
        MapLayout layout = JourneyMapLayout.of(journey, FindingIndex.NONE);
        assertEquals(5000, layout.cards().size());
        int rows = (layout.lane(Lane.FRONTSTAGE).bounds().height() - 2 * JourneyMapLayout.PADDING
                + JourneyMapLayout.GAP) / (JourneyMapLayout.CARD_HEIGHT + JourneyMapLayout.GAP);
        assertEquals(50, rows, "about sqrt(5000 / 2) rows");
        int rightmost = layout.cards().stream().mapToInt(c -> c.bounds().x()).max().orElseThrow();
        assertEquals(layout.stages().get(0).column().x() + JourneyMapLayout.PADDING
                + 99 * (JourneyMapLayout.CARD_WIDTH + JourneyMapLayout.GAP), rightmost, "100 sub-columns");
        MapLayout.Card last = layout.cards().get(4999);
        assertNotNull(last);
        assertSame(last.touchpoint(), layout.elementAt(last.bounds().x() + 1, last.bounds().y() + 1));
    }
}
