package dev.touchline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.validation.Finding;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.Rule;
import dev.touchline.validation.Severity;
import dev.touchline.validation.ValidationReport;

class ReportTest {

    @Test
    void theSampleShowsItsDeliberateGaps() throws Exception {
        JourneyModel model = ModelFiles.load(Path.of("../../samples/northwind-movers.touchline"));
        ValidationReport report = new ModelValidator().validate(model);
        Set<String> rules = report.findings().stream().map(f -> f.rule().id()).collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of("touchpoint-owner", "touchpoint-metric", "measurement-off-target")), rules.toString());
        assertTrue(report.hasAtLeast(Severity.ERROR));
        Map<Severity, Integer> counts = report.counts();
        assertEquals(report.findings().size(), counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void listsShowErrorsFirstThenModelOrderWhateverOrderTheFindingsCameIn() throws Exception {
        JourneyModel model = dev.touchline.model.synthetic.SyntheticModel.generate(300, 7);
        ValidationReport full = new ModelValidator().validate(model);
        List<Finding> ordered = full.errorsFirst();
        assertTrue(ordered.size() > 10, "the model has findings to order: " + ordered.size());
        // Independent of errorsFirst: each element's place in a walk of the model, the file's order.
        Map<Object, Integer> place = new java.util.HashMap<>();
        place.put(model, 0);
        model.eAllContents().forEachRemaining(e -> place.put(e, place.size()));
        for (int i = 1; i < ordered.size(); i++) {
            Finding a = ordered.get(i - 1);
            Finding b = ordered.get(i);
            assertTrue(a.severity().compareTo(b.severity()) >= 0, "errors first: " + a + " / " + b);
            if (a.severity() == b.severity()) {
                assertTrue(place.get(a.element()) <= place.get(b.element()), "model order: " + a + " / " + b);
            }
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20; i++) {
            List<Finding> shuffled = new java.util.ArrayList<>(full.findings());
            java.util.Collections.shuffle(shuffled, random);
            assertEquals(ordered, new ValidationReport(shuffled).errorsFirst(), "the same order after shuffle " + i);
        }
    }

    @Test
    void departmentFilterKeepsWhatConcernsTheDepartment() {
        WellKeptModel m = new WellKeptModel();
        m.crew.getMeasurements().clear(); // touchpoint-metric, concerns Field Operations (owner) and IT (supporter)
        m.journey.setPersona(null); // concerns no department
        ValidationReport all = new ModelValidator().validate(m.model);
        ValidationReport it = all.forDepartment("it");
        assertTrue(it.findings().stream().anyMatch(f -> f.rule() == Rule.TOUCHPOINT_METRIC));
        assertFalse(it.findings().stream().anyMatch(f -> f.rule() == Rule.JOURNEY_PERSONA));
        assertTrue(all.findings().stream().anyMatch(f -> f.rule() == Rule.JOURNEY_PERSONA));
        assertEquals(List.of(), all.forDepartment("Marketing").findings());
    }

    @Test
    void everyRuleHasATitleAndAUniqueId() {
        Set<String> ids = new java.util.HashSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(ids.add(rule.id()));
            assertFalse(rule.title().startsWith("_UI_"), "title of " + rule.id() + " is in plugin.properties");
            assertEquals(rule, Rule.byId(rule.id()));
            assertEquals(rule, Rule.byCode(rule.code()));
        }
    }

    @Test
    void findingsNameTheirElement() {
        WellKeptModel m = new WellKeptModel();
        m.crew.setOwner(null);
        m.crew.setId("tp-crew");
        Finding f = new ModelValidator().validate(m.model).findings().get(0);
        assertEquals("tp-crew", f.elementId());
        assertEquals("Touchpoint", f.elementType());
        assertEquals("Crew arrives", f.elementName());
        assertEquals("Move house \u203a Moving day \u203a Crew arrives", f.elementPath());
    }
}
