package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.touchline.map.MapSearch;
import dev.touchline.model.NamedElement;

class MapSearchTest {

    private static List<String> names(List<NamedElement> hits) {
        return hits.stream().map(NamedElement::getName).toList();
    }

    @Test
    void findsByWordsInAnyOrderIgnoringCaseAndAccentsInModelOrder() throws Exception {
        SampleMap sample = new SampleMap();

        List<String> crew = names(MapSearch.find(sample.model, "CREW"));
        List<String> reversed = names(MapSearch.find(sample.model, "arrives crew"));

        assertTrue(crew.size() >= 3, crew.toString());
        assertTrue(crew.stream().allMatch(n -> n.toLowerCase().contains("crew")), crew.toString());
        assertEquals(List.of("Crew arrives"), reversed);
        sample.model.getDepartments().get(0).setName("Crème Support");
        assertEquals(List.of("Crème Support"), names(MapSearch.find(sample.model, "creme")));
    }

    @Test
    void aBlankQueryFindsNothingAndStagesComeBeforeTheirTouchpoints() throws Exception {
        SampleMap sample = new SampleMap();
        assertEquals(List.of(), MapSearch.find(sample.model, "   "));
        List<NamedElement> hits = MapSearch.find(sample.model, "mov");
        int stage = names(hits).indexOf("Moving day");
        assertTrue(stage >= 0 && stage < names(hits).indexOf("Moving-day hotline"), names(hits).toString());
    }
}
