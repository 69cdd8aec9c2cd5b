package dev.touchline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HexFormat;
import java.util.Random;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.util.ElementIds;
import dev.touchline.model.util.IdSource;

class IdSourceTest {

    private static final TouchlinePackage P = TouchlinePackage.eINSTANCE;
    private final TouchlineFactory f = TouchlineFactory.eINSTANCE;

    @Test
    void aSeededModelGivesThePredictedIdsInOrderOfCreation() {
        JourneyModel model = inResource();
        IdSource.install(model.eResource(), new Random(7));
        Random expected = new Random(7);

        assertEquals("st-" + next(expected), ElementIds.newId(P.getStage(), model));
        Department department = f.createDepartment();
        model.getDepartments().add(department);
        ElementIds.assignMissing(model); // assigning missing ids draws from the same source
        assertEquals("dep-" + next(expected), department.getId());
        assertEquals("tp-" + next(expected), ElementIds.newId(P.getTouchpoint(), department));
    }

    @Test
    void twoModelsInOneRuntimeNeverShareASource() {
        JourneyModel first = inResource();
        JourneyModel second = inResource();
        IdSource.install(first.eResource(), new Random(7));
        IdSource.install(second.eResource(), new Random(7));

        String firstOfFirst = ElementIds.newId(P.getStage(), first);
        ElementIds.newId(P.getStage(), first);
        assertEquals(firstOfFirst, ElementIds.newId(P.getStage(), second),
                "the second model's first id, whatever the first model drew before");
    }

    @Test
    void withoutASourceIdsAreRandom() {
        JourneyModel seeded = inResource();
        IdSource.install(seeded.eResource(), new Random(7));
        String seededId = ElementIds.newId(P.getStage(), seeded);

        assertNotEquals(seededId, ElementIds.newId(P.getStage(), inResource()), "another model is not seeded");
        assertNotEquals(seededId, ElementIds.newId(P.getStage(), f.createJourneyModel()), "nor one in no resource");
        IdSource.install(seeded.eResource(), new Random(7));
        IdSource.install(seeded.eResource(), null);
        assertNotEquals(seededId, ElementIds.newId(P.getStage(), seeded), "null took the seeded source away");
    }

    private JourneyModel inResource() {
        JourneyModel model = f.createJourneyModel();
        model.setId("model");
        new ResourceImpl().getContents().add(model);
        return model;
    }

    /** The random part the source makes of the generator's next number. */
    private static String next(Random random) {
        return HexFormat.of().toHexDigits(random.nextLong()).substring(0, 12);
    }
}
