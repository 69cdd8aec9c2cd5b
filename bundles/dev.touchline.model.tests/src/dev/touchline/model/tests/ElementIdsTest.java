package dev.touchline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.util.ElementIds;

class ElementIdsTest {

    private final TouchlineFactory f = TouchlineFactory.eINSTANCE;

    @Test
    void givesMissingIdsAndKeepsExistingOnes() {
        JourneyModel model = f.createJourneyModel();
        Department it = f.createDepartment();
        it.setId("dep-it");
        Department sales = f.createDepartment();
        model.getDepartments().add(it);
        model.getDepartments().add(sales);

        assertEquals(2, ElementIds.assignMissing(model), "the model and Sales had no id");
        assertEquals("dep-it", it.getId());
        assertTrue(sales.getId().matches("dep-[0-9a-f]{12}"), sales.getId());
        assertEquals(0, ElementIds.assignMissing(model), "nothing left to assign");
    }

    @Test
    void idsSurviveCopyBetweenModels() {
        JourneyModel model = f.createJourneyModel();
        Stage stage = f.createStage();
        Touchpoint tp = f.createTouchpoint();
        stage.getTouchpoints().add(tp);
        model.getJourneys().add(f.createJourney());
        model.getJourneys().get(0).getStages().add(stage);
        ElementIds.assignMissing(model);

        Stage copy = EcoreUtil.copy(stage);
        assertEquals(stage.getId(), copy.getId());
        assertEquals(tp.getId(), copy.getTouchpoints().get(0).getId());
    }

    @Test
    void prefixesNameTheKindOfElement() {
        assertEquals("tp", ElementIds.prefix(TouchlinePackage.Literals.TOUCHPOINT));
        assertEquals("bp", ElementIds.prefix(TouchlinePackage.Literals.BRAND_PROMISE));
        assertEquals("met", ElementIds.prefix(TouchlinePackage.Literals.METRIC));
        assertEquals("ms", ElementIds.prefix(TouchlinePackage.Literals.MEASUREMENT));
        JourneyModel model = f.createJourneyModel();
        assertNotEquals(ElementIds.newId(TouchlinePackage.Literals.STAGE, model),
                ElementIds.newId(TouchlinePackage.Literals.STAGE, model));
    }
}
