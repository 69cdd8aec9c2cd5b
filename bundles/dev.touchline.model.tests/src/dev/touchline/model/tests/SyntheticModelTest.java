package dev.touchline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.synthetic.SyntheticModel;

class SyntheticModelTest {

    @Test
    void holdsExactlyTheRequestedTouchpointsInSeveralJourneys() {
        JourneyModel model = SyntheticModel.generate(2_345, 7);
        assertEquals(2_345, touchpoints(model).length);
        assertEquals(5, model.getJourneys().size(), "journeys of at most 500 touchpoints");
        assertEquals(12, model.getDepartments().size());
        assertTrue(model.getDepartments().stream().anyMatch(d -> d.getName().equals("IT")));
    }

    @Test
    void sameSizeAndSeedGiveTheSameBytes() throws Exception {
        byte[] first = ModelFiles.toBytes(SyntheticModel.generate(800, 42));
        byte[] second = ModelFiles.toBytes(SyntheticModel.generate(800, 42));
        assertArrayEquals(first, second);
        assertFalse(Arrays.equals(first, ModelFiles.toBytes(SyntheticModel.generate(800, 43))));
    }

    @Test
    void hasASmallShareOfGaps() {
        Touchpoint[] touchpoints = touchpoints(SyntheticModel.generate(10_000, 3));
        long unowned = Arrays.stream(touchpoints).filter(t -> t.getOwner() == null).count();
        long unmeasured = Arrays.stream(touchpoints).filter(t -> t.getMeasurements().isEmpty()).count();
        assertTrue(unowned > 100 && unowned < 400, "about 2 % unowned: " + unowned);
        assertTrue(unmeasured > 150 && unmeasured < 500, "about 3 % unmeasured: " + unmeasured);
    }

    @Test
    void everyElementHasAUniqueId() {
        JourneyModel model = SyntheticModel.generate(3_000, 11);
        Set<String> ids = new HashSet<>();
        int elements = 0;
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e) {
                elements++;
                assertTrue(ids.add(e.getId()), "duplicate id " + e.getId());
            }
        }
        assertTrue(elements > 3_000);
    }

    @Test
    void rejectsNegativeSizes() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticModel.generate(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticModel.generate(10, 0, 1));
    }

    static Touchpoint[] touchpoints(JourneyModel model) {
        return model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .flatMap(s -> s.getTouchpoints().stream()).toArray(Touchpoint[]::new);
    }
}
