package dev.touchline.validation.tests;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Direction;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Persona;
import dev.touchline.model.ServiceValue;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;

/**
 * A small model that keeps every rule; each test breaks one thing in it. Fields give the tests
 * direct access to its parts.
 */
final class WellKeptModel {

    static final TouchlineFactory F = TouchlineFactory.eINSTANCE;

    final JourneyModel model = F.createJourneyModel();
    final Persona persona = named(F.createPersona(), "Family on the move");
    final Department fieldOps = named(F.createDepartment(), "Field Operations");
    final Department it = named(F.createDepartment(), "IT");
    final Metric onTime = named(F.createMetric(), "On-time arrival");
    final BrandPromise promise = named(F.createBrandPromise(), "We show up when we say we will");
    final ServiceValue value = named(F.createServiceValue(), "Keep our word");
    final Journey journey = named(F.createJourney(), "Move house");
    final Stage stage = named(F.createStage(), "Moving day");
    final Touchpoint crew = named(F.createTouchpoint(), "Crew arrives");
    final Measurement measurement = F.createMeasurement();

    WellKeptModel() {
        model.setName("Northwind");
        model.getPersonas().add(persona);
        model.getDepartments().add(fieldOps);
        model.getDepartments().add(it);
        onTime.setUnit("%");
        onTime.setScaleMin(0.0);
        onTime.setScaleMax(100.0);
        model.getMetrics().add(onTime);
        model.getBrandPromises().add(promise);
        value.getMetrics().add(onTime);
        model.getServiceValues().add(value);
        journey.setPersona(persona);
        model.getJourneys().add(journey);
        journey.getStages().add(stage);
        stage.getTouchpoints().add(crew);
        crew.setOwner(fieldOps);
        crew.getSupporters().add(it);
        crew.getPromises().add(promise);
        crew.setMomentOfTruth(true);
        crew.getMeasurements().add(measurement);
        measurement.setMetric(onTime);
        measurement.setTarget(95.0);
        measurement.setActual(97.0);
        stage.setEmotion(-1);
        crew.setEmotion(1);
    }

    /** Adds a second touchpoint to the stage, owned and measured like the first. */
    Touchpoint addTouchpoint(String name, Department owner) {
        Touchpoint t = named(F.createTouchpoint(), name);
        t.setOwner(owner);
        Measurement m = F.createMeasurement();
        m.setMetric(onTime);
        m.setTarget(90.0);
        t.getMeasurements().add(m);
        stage.getTouchpoints().add(t);
        return t;
    }

    Metric addMetric(String name, Direction direction) {
        Metric m = named(F.createMetric(), name);
        m.setDirection(direction);
        model.getMetrics().add(m);
        return m;
    }

    static <T extends dev.touchline.model.NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }
}
