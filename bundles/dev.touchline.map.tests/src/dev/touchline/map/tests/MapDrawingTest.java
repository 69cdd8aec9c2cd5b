package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.touchline.map.Badge;
import dev.touchline.departments.DepartmentLens;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Palette;
import dev.touchline.map.Rect;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapFont;
import dev.touchline.map.draw.MapView;
import dev.touchline.map.tests.support.RecordingSurface;
import dev.touchline.map.tests.support.RecordingSurface.Op;
import dev.touchline.map.draw.TextFit;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.Touchpoint;

/** The one drawing of the map, recorded: what it says, in which colours, with which line breaks. */
class MapDrawingTest {

    private static final TextFit FIT = new TextFit(Fonts.get());

    @Test
    void theSheetHasEveryCardTheLegendAndTheCaption() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), sample.findings());
        RecordingSurface surface = new RecordingSurface();

        new MapDrawing().drawSheet(surface, layout, MapView.PLAIN, "sample.touchline, 30 November 2026");

        List<String> titles = surface.operations().stream().filter(o -> o.kind().equals("group") && o.text() != null)
                .map(Op::text).toList();
        assertEquals(layout.cards().stream().map(c -> c.touchpoint().getName()).toList(), titles,
                "one titled group per card, in layout order");
        for (Badge badge : Badge.values()) {
            assertTrue(surface.texts().contains(badge.label()), "the legend explains " + badge);
        }
        assertEquals("sample.touchline, 30 November 2026", surface.texts().get(surface.texts().size() - 1));
        Op first = surface.operations().get(0);
        assertEquals(List.of(0.0, 0.0, (double) MapDrawing.sheetWidth(layout),
                (double) new MapDrawing().sheetHeight(layout, MapView.PLAIN)), first.numbers(), "paper under it all");
    }

    @Test
    void noOwnerIsWrittenInTheColourOfItsBadge() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), sample.findings());
        RecordingSurface surface = new RecordingSurface();

        new MapDrawing().draw(surface, layout, MapView.PLAIN, new Rect(0, 0, layout.width(), layout.height()));

        List<Op> noOwner = surface.operations().stream()
                .filter(o -> o.kind().equals("text") && o.text().endsWith("No owner")).toList();
        assertFalse(noOwner.isEmpty(), "the sample has a touchpoint without an owner");
        noOwner.forEach(o -> assertEquals(Badge.NO_OWNER.color(), o.fill(), o.toString()));
    }

    @Test
    void theLensFadesWhatTheDepartmentDoesNotTouchAndRingsWhatItOwns() throws Exception {
        SampleMap sample = new SampleMap();
        Journey journey = sample.model.getJourneys().get(0);
        MapLayout layout = JourneyMapLayout.of(journey, sample.findings());
        Department department = sample.model.getDepartments().get(0);
        DepartmentLens lens = new DepartmentLens(department, null);
        RecordingSurface surface = new RecordingSurface();

        new MapDrawing().draw(surface, layout, MapView.of(lens), new Rect(0, 0, layout.width(), layout.height()));

        List<Op> ops = surface.operations();
        int owned = 0;
        int faded = 0;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (!op.kind().equals("group") || op.text() == null) {
                continue;
            }
            String name = op.text();
            Touchpoint touchpoint = layout.cards().stream().map(MapLayout.Card::touchpoint)
                    .filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
            DepartmentLens.Role role = lens.roleOf(touchpoint);
            assertEquals(role == DepartmentLens.Role.OTHER ? MapDrawing.FADED : 1, op.opacity(), 1e-9, name);
            // the card's ring: its third shape (fill, owner strip, ring)
            Op ring = ops.get(i + 3);
            assertEquals("roundRect", ring.kind(), ring.toString());
            if (role == DepartmentLens.Role.OWNED) {
                assertEquals(Palette.of(department), ring.stroke(), name);
                owned++;
            } else if (role == DepartmentLens.Role.OTHER) {
                assertEquals(Palette.LINE, ring.stroke(), name);
                faded++;
            }
        }
        assertTrue(owned > 0 && faded > 0, owned + " owned, " + faded + " faded");
    }

    @Test
    void aViewportDrawsOnlyTheCardsItShows() throws Exception {
        SampleMap sample = new SampleMap();
        MapLayout layout = JourneyMapLayout.of(sample.model.getJourneys().get(0), sample.findings());
        Rect viewport = new Rect(400, 200, 500, 400);
        RecordingSurface surface = new RecordingSurface();

        new MapDrawing().draw(surface, layout, MapView.PLAIN, viewport);

        List<String> drawn = surface.operations().stream().filter(o -> o.kind().equals("group") && o.text() != null)
                .map(Op::text).toList();
        assertEquals(layout.cardsIn(viewport).stream().map(c -> c.touchpoint().getName()).toList(), drawn);
        assertTrue(drawn.size() < layout.cards().size(), drawn.size() + " of " + layout.cards().size());
    }

    @Test
    void linesFitTheirWidthInTheMapFont() {
        Random random = new Random(16);
        String[] words = { "Confirm", "the", "delivery", "slot", "by", "e-mail", "and", "text", "message", "WWW",
                "iiii", "\u00e4\u00f6\u00fc", "Kundenbewertung", "\u05e9\u05dc\u05d5\u05dd", "\u4e2d\u6587", "\ud83d\ude9a" };
        for (int round = 0; round < 500; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                s.append(words[random.nextInt(words.length)]).append(' ');
            }
            MapFont font = MapFont.values()[random.nextInt(MapFont.values().length)];
            int width = 40 + random.nextInt(200);
            int maxLines = 1 + random.nextInt(3);
            List<String> lines = FIT.lines(s.toString(), font, width, maxLines);
            assertTrue(lines.size() >= 1 && lines.size() <= maxLines, lines.toString());
            for (String line : lines) {
                assertTrue(FIT.width(line, font) <= width || line.codePointCount(0, line.length()) <= 2,
                        line + " in " + width + " px (" + font + ")");
            }
            String joined = String.join(" ", lines).replace("\u2026", "");
            List<String> original = new ArrayList<>(List.of(s.toString().strip().split("\\s+")));
            boolean cut = lines.get(lines.size() - 1).endsWith("\u2026");
            if (!cut) {
                assertEquals(String.join("", original), joined.replace(" ", ""), "nothing lost when it all fits");
            }
        }
    }

    @Test
    void textThatDoesNotFitEndsWithAnEllipsisAndALongWordIsCut() {
        List<String> lines = FIT.lines("one two three four five six seven eight nine ten", MapFont.REGULAR, 60, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"), lines.toString());

        String word = "x".repeat(100_000);
        List<String> cut = FIT.lines(word, MapFont.BOLD, 80, 3);
        assertEquals(3, cut.size());
        assertTrue(cut.get(2).endsWith("\u2026"), cut.toString());

        assertEquals(List.of(), FIT.lines("  ", MapFont.REGULAR, 100, 2));
        assertEquals(List.of(), FIT.lines(null, MapFont.REGULAR, 100, 2));
    }

    @Test
    void wideLettersTakeMoreRoomThanNarrowOnes() {
        assertTrue(FIT.width("WWWW", MapFont.REGULAR) > 2 * FIT.width("iiii", MapFont.REGULAR));
        assertTrue(FIT.width("Sample", MapFont.BOLD) > FIT.width("Sample", MapFont.REGULAR));
        assertEquals(2 * FIT.width("Sample", MapFont.SMALL), FIT.width("SampleSample", MapFont.SMALL), 1e-9);
    }
}
