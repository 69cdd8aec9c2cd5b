package dev.touchline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.touchline.map.JourneyMapLayout;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapLayout;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapView;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.ModelValidator;

class PosterSvgTest {

    @Test
    void thePosterDrawsEveryCardOfTheLayout() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Journey journey = model.getJourneys().get(0);
        MapLayout layout = JourneyMapLayout.of(journey, new FindingIndex(new ModelValidator().validate(model)));
        Document svg = ExportFixtures.parse(PosterSvg.of(layout, MapView.PLAIN, "caption"));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(Integer.toString(MapDrawing.sheetWidth(layout)), root.getAttribute("width"));
        List<String> cardTitles = new ArrayList<>();
        NodeList groups = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            cardTitles.add(((Element) groups.item(i)).getElementsByTagNameNS("*", "title").item(0).getTextContent());
        }
        List<String> expected = layout.cards().stream().map(c -> c.touchpoint().getName()).toList();
        assertEquals(expected, cardTitles);
        String all = root.getTextContent();
        assertTrue(all.contains(journey.getName()), "the journey's name is on the poster");
        Touchpoint unowned = layout.cards().stream().map(MapLayout.Card::touchpoint).filter(t -> t.getOwner() == null)
                .findFirst().orElseThrow();
        Element card = (Element) groups.item(cardTitles.indexOf(unowned.getName()));
        assertTrue(card.getTextContent().contains("No owner"), card.getTextContent());
        assertTrue(all.contains("Moment of truth"), "the legend explains the badges");
    }

    @Test
    void aJourneyWithoutStagesSaysSo() throws Exception {
        Journey empty = dev.touchline.model.TouchlineFactory.eINSTANCE.createJourney();
        empty.setName("Claims");
        Document svg = ExportFixtures.parse(PosterSvg.of(JourneyMapLayout.of(empty, FindingIndex.NONE), MapView.PLAIN, "caption"));
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Claims") && text.contains("no stages yet"), text);
    }

    @Test
    void hostileNamesStayText() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Journey journey = model.getJourneys().get(0);
        Touchpoint touchpoint = journey.getStages().get(0).getTouchpoints().get(0);
        String hostile = "</text><script>alert(1)</script>\"' & \u0007bell \uD800 <![CDATA[x]]>";
        touchpoint.setName(hostile);
        journey.getStages().get(1).setName("<svg onload=alert(1)>");
        MapLayout layout = JourneyMapLayout.of(journey, FindingIndex.NONE);
        String poster = PosterSvg.of(layout, MapView.PLAIN, "<b>caption</b>");
        Document svg = ExportFixtures.parse(poster);
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(1, svg.getElementsByTagNameNS("*", "svg").getLength(), "no element made from a name");
        assertFalse(poster.contains("onload="), poster.length() + " characters");
        assertTrue(poster.contains("&lt;script&gt;"));
        // the card's tooltip keeps the whole name, less what XML cannot hold
        NodeList titles = svg.getElementsByTagNameNS("*", "title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) {
            found |= titles.item(i).getTextContent().equals("</text><script>alert(1)</script>\"' & bell  <![CDATA[x]]>");
        }
        assertTrue(found, "the name survives as text");
    }
}
