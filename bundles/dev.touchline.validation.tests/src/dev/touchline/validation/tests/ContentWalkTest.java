package dev.touchline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.validation.internal.ContentWalk;

/** The walk validation uses visits exactly what EMF's eAllContents does, in the same order. */
class ContentWalkTest {

    @Test
    void visitsEveryElementInTheOrderOfEAllContents() {
        JourneyModel model = SyntheticModel.generate(800, 3);
        List<EObject> expected = new ArrayList<>();
        expected.add(model);
        model.eAllContents().forEachRemaining(expected::add);
        List<EObject> walked = new ArrayList<>();
        ContentWalk.forEach(model, walked::add);
        assertEquals(expected, walked);
    }
}
