package dev.touchline.departments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.DepartmentFigures.Scope;
import dev.touchline.departments.DepartmentLens;
import dev.touchline.departments.Health;
import dev.touchline.departments.Heatmap;
import dev.touchline.departments.FindingIndex;
import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.validation.Finding;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.Severity;
import dev.touchline.validation.Targets;

/**
 * The department figures against a plain oracle written from their definition, on the sample and
 * on generated models with several journeys, in every scope; and the lens and the heatmap show
 * exactly those figures.
 */
class DepartmentFiguresTest {

    @ParameterizedTest(name = "model {0}")
    @ValueSource(strings = { "sample", "generated:1", "generated:2", "generated:3" })
    void everyScopeMatchesTheDefinition(String which) throws Exception {
        JourneyModel model = which.equals("sample") ? new SampleModel().model
                : SyntheticModel.generate(900, 180, Long.parseLong(which.substring(10)));
        FindingIndex findings = new FindingIndex(new ModelValidator().validate(model));
        if (!which.equals("sample")) {
            assertTrue(model.getJourneys().size() >= 5, "several journeys");
        }
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.model(model));
        for (Journey journey : model.getJourneys()) {
            scopes.add(Scope.journey(journey));
            journey.getStages().forEach(stage -> scopes.add(Scope.stage(stage)));
        }
        int checked = 0;
        for (Scope scope : scopes) {
            List<DepartmentFigures> all = DepartmentFigures.all(model, scope, findings);
            assertEquals(model.getDepartments().size(), all.size());
            for (int i = 0; i < all.size(); i++) {
                Department department = model.getDepartments().get(i);
                assertEquals(department, all.get(i).department());
                assertFigures(oracle(department, scope, findings), all.get(i));
                assertFigures(all.get(i), DepartmentFigures.of(department, scope, findings));
                checked++;
            }
        }
        assertTrue(checked > 20, "checked " + checked);

        // The lens shows the journey's figures; the heatmap the stage's, and the stage figures add
        // up to the journey's.
        for (Journey journey : model.getJourneys()) {
            Heatmap heatmap = Heatmap.of(journey, findings);
            for (int r = 0; r < model.getDepartments().size(); r++) {
                Department department = model.getDepartments().get(r);
                DepartmentFigures inJourney = new DepartmentLens(department, null).figures(journey, findings);
                assertFigures(DepartmentFigures.of(department, Scope.journey(journey), findings), inJourney);
                int owned = 0;
                int supported = 0;
                int offTarget = 0;
                for (int c = 0; c < heatmap.columnCount(); c++) {
                    DepartmentFigures cell = heatmap.cell(r, c).figures();
                    assertFigures(oracle(department, Scope.stage(journey.getStages().get(c)), findings), cell);
                    owned += cell.owned().size();
                    supported += cell.supported().size();
                    offTarget += cell.offTarget();
                }
                assertEquals(inJourney.owned().size(), owned);
                assertEquals(inJourney.supported().size(), supported);
                assertEquals(inJourney.offTarget(), offTarget);
            }
            int unowned = 0;
            for (int c = 0; c < heatmap.columnCount(); c++) {
                unowned += heatmap.cell(heatmap.rowCount() - 1, c).owned().size();
            }
            assertEquals(journey.getStages().stream().flatMap(s -> s.getTouchpoints().stream())
                    .filter(t -> t.getOwner() == null).count(), unowned);
        }
    }

    @org.junit.jupiter.api.Test
    void aDepartmentWithErrorsIsNeverOnTrack() throws Exception {
        SampleModel sample = new SampleModel();
        FindingIndex findings = sample.findings();
        int poor = 0;
        for (DepartmentFigures f : DepartmentFigures.all(sample.model, Scope.model(sample.model), findings)) {
            if (f.errors() > 0) {
                assertEquals(Health.POOR, f.health(), f.department().getName());
                poor++;
            } else {
                assertNotEquals(Health.POOR, f.health(), f.department().getName());
            }
        }
        assertTrue(poor > 0, "the sample has departments with errors");
    }

    @org.junit.jupiter.api.Test
    void idleDepartmentsOwnersThatAlsoSupportAndModelsWithoutJourneys() throws Exception {
        SampleModel sample = new SampleModel();
        JourneyModel model = sample.model;
        Department legal = dev.touchline.model.TouchlineFactory.eINSTANCE.createDepartment();
        legal.setId("dep-legal");
        legal.setName("Legal");
        model.getDepartments().add(legal);
        Department it = sample.byId("dep-it");
        Touchpoint uptime = sample.byId("tp-web-uptime");
        uptime.getSupporters().add(it); // IT owns it and is listed as a supporter too
        FindingIndex findings = sample.findings();
        DepartmentFigures idle = DepartmentFigures.of(legal, Scope.model(model), findings);
        assertTrue(idle.findings().stream().anyMatch(f -> f.rule() == dev.touchline.validation.Rule.DEPARTMENT_IDLE),
                "validation notes that Legal is idle");
        assertEquals(Health.NONE, idle.health(), "an idle department is not on track: it has nothing");
        DepartmentFigures itFigures = DepartmentFigures.of(it, Scope.model(model), findings);
        assertTrue(itFigures.owned().contains(uptime));
        assertFalse(itFigures.supported().contains(uptime), "a touchpoint counts once: owned");
        assertFigures(oracle(it, Scope.model(model), findings), itFigures);

        model.getJourneys().clear();
        findings = sample.findings();
        for (DepartmentFigures f : DepartmentFigures.all(model, Scope.model(model), findings)) {
            assertFigures(oracle(f.department(), Scope.model(model), findings), f);
            assertTrue(f.owned().isEmpty() && f.supported().isEmpty());
            assertNotEquals(Health.GOOD, f.health(), f.department().getName() + " with no journeys is not on track");
        }
    }

    /** The figures computed the slow, obvious way from the definition in DepartmentFigures. */
    private static DepartmentFigures oracle(Department d, Scope scope, FindingIndex findings) {
        List<Touchpoint> owned = new ArrayList<>();
        List<Touchpoint> supported = new ArrayList<>();
        for (var it = scope.root().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Touchpoint t) {
                if (t.getOwner() == d) {
                    owned.add(t);
                } else if (t.getSupporters().contains(d)) {
                    supported.add(t);
                }
            }
        }
        int measured = 0;
        int on = 0;
        int off = 0;
        Set<BrandPromise> promises = new LinkedHashSet<>();
        for (Touchpoint t : owned) {
            measured += t.getMeasurements().isEmpty() ? 0 : 1;
            for (Measurement m : t.getMeasurements()) {
                on += Targets.status(m) == Targets.Status.ON_TARGET ? 1 : 0;
                off += Targets.status(m) == Targets.Status.OFF_TARGET ? 1 : 0;
            }
            promises.addAll(t.getPromises());
        }
        supported.forEach(t -> promises.addAll(t.getPromises()));
        List<Finding> concerning = new ArrayList<>();
        for (Finding f : findings.report().findings()) {
            if (!f.departments().contains(d)) {
                continue;
            }
            boolean inScope = false;
            for (EObject e = f.element(); e != null; e = e.eContainer()) {
                inScope |= e == scope.root();
            }
            boolean outsideJourneys = true;
            for (EObject e = f.element(); e != null; e = e.eContainer()) {
                outsideJourneys &= !(e instanceof Journey);
            }
            if (inScope || (outsideJourneys && !(scope.root() instanceof Stage))) {
                concerning.add(f);
            }
        }
        long errors = concerning.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = concerning.stream().filter(f -> f.severity() == Severity.WARNING).count();
        Health health = owned.isEmpty() && supported.isEmpty() && errors == 0 && warnings == 0 ? Health.NONE
                : errors > 0 ? Health.POOR : warnings > 0 || off > 0 ? Health.WATCH : Health.GOOD;
        return new DepartmentFigures(d, scope, owned, supported, measured, on, off, List.copyOf(promises), concerning,
                (int) errors, (int) warnings, health);
    }

    private static void assertFigures(DepartmentFigures expected, DepartmentFigures actual) {
        String where = expected.department().getName() + " in " + expected.scope().label();
        assertEquals(expected.owned(), actual.owned(), where + ": owned");
        assertEquals(expected.supported(), actual.supported(), where + ": supported");
        assertEquals(expected.measured(), actual.measured(), where + ": measured");
        assertEquals(expected.onTarget(), actual.onTarget(), where + ": on target");
        assertEquals(expected.offTarget(), actual.offTarget(), where + ": off target");
        assertEquals(expected.promises(), actual.promises(), where + ": promises");
        assertEquals(expected.findings(), actual.findings(), where + ": findings");
        assertEquals(expected.errors(), actual.errors(), where + ": errors");
        assertEquals(expected.warnings(), actual.warnings(), where + ": warnings");
        assertEquals(expected.health(), actual.health(), where + ": health");
    }
}
