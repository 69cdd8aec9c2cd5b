package dev.touchline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.validation.Finding;
import dev.touchline.validation.IncrementalValidator;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.ValidationReport;

/**
 * Incremental revalidation must give exactly what a full validation gives: checked after every one
 * of several hundred random edits of every kind the editor and the importer make.
 */
class IncrementalValidatorTest {

    private static final TouchlineFactory F = TouchlineFactory.eINSTANCE;

    @Test
    void afterEveryRandomEditTheFindingsEqualAFullValidation() {
        JourneyModel model = SyntheticModel.generate(600, 100, 7);
        IncrementalValidator incremental = IncrementalValidator.attach(model);
        assertEquals(counts(new ModelValidator().validate(model)), counts(incremental.report()));
        Random random = new Random(42);
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            String kind = edit(model, random);
            kinds.merge(kind, 1, Integer::sum);
            Map<String, Integer> expected = counts(new ModelValidator().validate(model));
            Map<String, Integer> actual = counts(incremental.revalidate());
            assertEquals(expected, actual, "after edit " + i + " (" + kind + ")");
            assertFalse(incremental.isStale());
        }
        assertTrue(kinds.size() >= 12, "every kind of edit was tried: " + kinds);
        incremental.detach();
    }

    @Test
    void aLoadedModelStartsWithTheSameFindingsAndKeepsThemRight(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("loaded.touchline");
        dev.touchline.io.ModelFiles.save(SyntheticModel.generate(600, 100, 8), file);
        JourneyModel model = dev.touchline.io.ModelFiles.load(file);
        IncrementalValidator incremental = IncrementalValidator.attachLoaded(model);
        assertEquals(counts(new ModelValidator().validate(model)), counts(incremental.report()),
                "the first validation of a loaded model skips the structural checks and finds the same");
        Random random = new Random(43);
        for (int i = 0; i < 60; i++) {
            String kind = edit(model, random);
            assertEquals(counts(new ModelValidator().validate(model)), counts(incremental.revalidate()),
                    "after edit " + i + " (" + kind + ")");
        }
        incremental.detach();
    }

    /** Findings as a multiset of (rule, severity, element, message, accountable department). */
    private static Map<String, Integer> counts(ValidationReport report) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : report.findings()) {
            String key = f.rule() + "|" + f.severity() + "|" + System.identityHashCode(f.element()) + "|" + f.message()
                    + "|" + (f.department() == null ? "-" : f.department().getName()) + "|" + f.departments().size();
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static String edit(JourneyModel model, Random random) {
        List<Touchpoint> touchpoints = all(model, Touchpoint.class);
        List<Measurement> measurements = all(model, Measurement.class);
        List<Stage> stages = all(model, Stage.class);
        List<Department> departments = model.getDepartments();
        Touchpoint tp = touchpoints.get(random.nextInt(touchpoints.size()));
        Department department = departments.get(random.nextInt(departments.size()));
        switch (random.nextInt(16)) {
        case 0:
            tp.setOwner(random.nextBoolean() ? null : department);
            return "owner";
        case 1:
            if (tp.getSupporters().contains(department)) {
                tp.getSupporters().remove(department);
            } else {
                tp.getSupporters().add(department);
            }
            return "supporters";
        case 2: {
            Measurement m = F.createMeasurement();
            m.setId("ms-new-" + random.nextInt(1_000_000));
            m.setMetric(model.getMetrics().get(random.nextInt(model.getMetrics().size())));
            m.setTarget(random.nextDouble() * 120 - 10);
            m.setActual(random.nextBoolean() ? null : random.nextDouble() * 100);
            tp.getMeasurements().add(m);
            return "add measurement";
        }
        case 3:
            if (!measurements.isEmpty()) {
                EcoreUtil.delete(measurements.get(random.nextInt(measurements.size())));
            }
            return "delete measurement";
        case 4:
            if (!measurements.isEmpty()) {
                measurements.get(random.nextInt(measurements.size())).setActual(random.nextDouble() * 200 - 50);
            }
            return "actual";
        case 5:
            stages.get(random.nextInt(stages.size())).getTouchpoints().add(tp);
            return "move touchpoint";
        case 6:
            if (random.nextBoolean()) {
                EcoreUtil.delete(tp, true);
                return "delete touchpoint";
            }
            // removed without unsetting what refers to it: the owner now refers outside the model
            EcoreUtil.remove(tp);
            return "detach touchpoint";
        case 7: {
            Touchpoint fresh = F.createTouchpoint();
            fresh.setId("tp-new-" + random.nextInt(1_000_000));
            fresh.setName("New " + random.nextInt(100));
            fresh.setMomentOfTruth(random.nextBoolean());
            stages.get(random.nextInt(stages.size())).getTouchpoints().add(fresh);
            return "add touchpoint";
        }
        case 8:
            tp.setEmotion(random.nextInt(9) - 4);
            return "emotion";
        case 9: {
            Metric metric = model.getMetrics().get(random.nextInt(model.getMetrics().size()));
            metric.setScaleMax(random.nextBoolean() ? 100.0 : 10.0);
            return "metric scale";
        }
        case 10:
            department.setName(departments.get(random.nextInt(departments.size())).getName());
            return "department name (maybe duplicate)";
        case 11:
            department.setParent(random.nextInt(3) == 0 ? null : departments.get(random.nextInt(departments.size())));
            return "department parent (maybe cycle)";
        case 12: {
            BrandPromise promise = model.getBrandPromises().isEmpty() ? null
                    : model.getBrandPromises().get(random.nextInt(model.getBrandPromises().size()));
            if (promise != null) {
                if (tp.getPromises().contains(promise)) {
                    tp.getPromises().remove(promise);
                } else {
                    tp.getPromises().add(promise);
                }
            }
            return "promise";
        }
        case 13:
            tp.setMomentOfTruth(!tp.isMomentOfTruth());
            return "moment of truth";
        case 14:
            if (random.nextInt(10) == 0) {
                model.setEmotionMax(model.getEmotionMax() == 2 ? 3 : 2);
                return "model emotion scale";
            }
            EcoreUtil.delete(department, true);
            F.createDepartment();
            model.getDepartments().add(department);
            return "department removed and re-added";
        default:
            Stage stage = stages.get(random.nextInt(stages.size()));
            if (random.nextBoolean() && stage.getTouchpoints().size() < 3) {
                EcoreUtil.delete(stage, true);
                return "delete stage";
            }
            stage.setEmotion(random.nextInt(9) - 4);
            return "stage emotion";
        }
    }

    private static <T> List<T> all(JourneyModel model, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (type.isInstance(e)) {
                list.add(type.cast(e));
            }
        }
        return list;
    }
}
