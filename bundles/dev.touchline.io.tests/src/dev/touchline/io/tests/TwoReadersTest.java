package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * {@link ModelFiles#load} reads files in Touchline's own shape directly and everything else with
 * EMF's generic reader ({@link ModelFiles#loadGeneric}): whichever reader a file takes, the model
 * is the same, down to the order of the inverse lists, the id index and the bytes saved again.
 */
class TwoReadersTest {

    @TempDir
    Path dir;

    @Test
    void theSampleGivesTheSameModelFromBothReaders() throws Exception {
        same(ModelFilesTest.SAMPLE);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 42 })
    void generatedModelsGiveTheSameModelFromBothReaders(int seed) throws Exception {
        Path file = dir.resolve("generated-" + seed + ".touchline");
        ModelFiles.save(SyntheticModel.generate(400 * seed, seed), file);
        same(file);
    }

    @Test
    void filesOutsideTheUsualShapeGiveTheSameModel() throws Exception {
        String sample = Files.readString(ModelFilesTest.SAMPLE);
        List<String> variants = List.of(
                // unknown data: kept by the generic reader and written back
                sample.replace("id=\"tp-reviews\"", "id=\"tp-reviews\" mood=\"calm\""),
                sample.replace("<painPoints id=\"pp-callback-wait\"", "<forecast value=\"3\"/><painPoints id=\"pp-callback-wait\""),
                // extra spaces in a reference list, an empty list, a comment
                sample.replace("supporters=\"dep-it\"", "supporters=\"  dep-it  \""),
                sample.replace("supporters=\"dep-support\"", "supporters=\"\""),
                sample.replace("<stages id=\"st-quote\"", "<!-- a comment --><stages id=\"st-quote\""),
                // a reference written as a fragment path rather than an id
                sample.replace("owner=\"dep-it\">", "owner=\"//@departments.0\">"));
        int index = 0;
        for (String variant : variants) {
            Path file = dir.resolve("variant-" + index++ + ".touchline");
            Files.writeString(file, variant);
            same(file);
        }
    }

    @Test
    void equalValuesReadAreShared() throws Exception {
        Path file = dir.resolve("generated.touchline");
        ModelFiles.save(SyntheticModel.generate(2000, 3), file);
        JourneyModel model = ModelFiles.load(file);
        List<Measurement> measurements = new ArrayList<>();
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof Measurement m && m.getTarget() != null) {
                measurements.add(m);
            }
        });
        Map<Double, Double> first = new HashMap<>();
        int shared = 0;
        for (Measurement m : measurements) {
            Double earlier = first.putIfAbsent(m.getTarget(), m.getTarget());
            if (earlier != null && earlier == m.getTarget()) {
                shared++;
            }
        }
        // the generator repeats targets: most repeats are the same object, not copies
        assertTrue(shared > measurements.size() / 2, shared + " of " + measurements.size() + " targets shared");
    }

    private static void same(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        JourneyModel direct = ModelFiles.load(file);
        JourneyModel generic = ModelFiles.loadGeneric(file);
        assertTrue(EcoreUtil.equals(generic, direct), file.getFileName() + ": the two readers give equal models");
        // EcoreUtil.equals skips transient features: compare the inverse lists the views rely on
        for (int i = 0; i < generic.getDepartments().size(); i++) {
            Department g = generic.getDepartments().get(i);
            Department d = direct.getDepartments().get(i);
            assertEquals(ids(g.getOwnedTouchpoints()), ids(d.getOwnedTouchpoints()), g.getId() + " owns");
            assertEquals(ids(g.getSupportedTouchpoints()), ids(d.getSupportedTouchpoints()), g.getId() + " supports");
        }
        for (int i = 0; i < generic.getMetrics().size(); i++) {
            assertEquals(ids(generic.getMetrics().get(i).getMeasurements()),
                    ids(direct.getMetrics().get(i).getMeasurements()), generic.getMetrics().get(i).getId());
        }
        for (var it = direct.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            String id = EcoreUtil.getID(element);
            if (id != null) {
                assertEquals(element, direct.eResource().getEObject(id), "the id index finds " + id);
            }
        }
        assertEquals(ModelFiles.unknownContent(generic).stream().map(ModelFiles.UnknownContent::describe).toList(),
                ModelFiles.unknownContent(direct).stream().map(ModelFiles.UnknownContent::describe).toList());
        assertArrayEquals(ModelFiles.toBytes(generic), ModelFiles.toBytes(direct), "both save the same bytes");
        assertArrayEquals(before, Files.readAllBytes(file), "reading changes no byte of the file");
    }

    private static List<String> ids(List<? extends EObject> elements) {
        return elements.stream().map(EcoreUtil::getID).toList();
    }
}
