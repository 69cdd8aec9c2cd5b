package dev.touchline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.util.ElementPaths;

class ElementPathsTest {

    @Test
    void pathsRunFromTheJourneyToTheElement() {
        TouchlineFactory f = TouchlineFactory.eINSTANCE;
        JourneyModel model = f.createJourneyModel();
        Journey journey = f.createJourney();
        journey.setName("Move house");
        Stage stage = f.createStage();
        stage.setName("Moving day");
        Touchpoint tp = f.createTouchpoint();
        tp.setName("Crew arrives");
        Metric metric = f.createMetric();
        metric.setName("On-time arrival");
        Measurement m = f.createMeasurement();
        m.setMetric(metric);
        model.getJourneys().add(journey);
        journey.getStages().add(stage);
        stage.getTouchpoints().add(tp);
        tp.getMeasurements().add(m);

        assertEquals("Move house \u203a Moving day \u203a Crew arrives", ElementPaths.path(tp));
        assertEquals("Move house \u203a Moving day \u203a Crew arrives \u203a On-time arrival measurement",
                ElementPaths.path(m));
        tp.setName(" ");
        assertEquals("Move house \u203a Moving day \u203a (unnamed Touchpoint)", ElementPaths.path(tp));
    }
}
