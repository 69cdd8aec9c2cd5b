package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.Catalogues;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.Direction;
import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.MetricKind;
import dev.touchline.model.NamedElement;
import dev.touchline.model.ServiceValue;
import dev.touchline.model.TouchlineFactory;

/** The standard catalogue, and catalogues added to models by name. */
class CataloguesTest {

    @TempDir
    Path folder;

    @Test
    void theStandardCatalogueHasTheMetricsPractitionersUseWithKindUnitDirectionAndScale() throws Exception {
        JourneyModel standard = Catalogues.standard();

        List<String> metrics = standard.getMetrics().stream().map(Metric::getName).toList();
        assertEquals(List.of("NPS", "CSAT", "CES", "First contact resolution", "First response time",
                "Average handle time", "QA score", "Customer retention rate", "Average order value", "On-time delivery"),
                metrics);
        for (Metric metric : standard.getMetrics()) {
            assertTrue(metric.getKind() != MetricKind.OTHER, metric.getName() + " has its kind");
            assertFalse(metric.getUnit() == null || metric.getUnit().isBlank(), metric.getName() + " has a unit");
            assertTrue(metric.getScaleMin() != null, metric.getName() + " has a scale");
        }
        assertEquals(Direction.LOWER_IS_BETTER, byName(standard.getMetrics(), "CES").getDirection());
        assertEquals(Direction.LOWER_IS_BETTER, byName(standard.getMetrics(), "First response time").getDirection());
        assertEquals(9, standard.getChannels().size());
        for (ServiceValue value : standard.getServiceValues()) {
            assertFalse(value.getMetrics().isEmpty(), value.getName() + " is linked to the metrics that show it");
        }
        assertEquals(List.of("First response time", "Average handle time"),
                byName(standard.getServiceValues(), "Treat every customer with urgency").getMetrics().stream()
                        .map(Metric::getName).toList());
    }

    @Test
    void addingACatalogueAddsWhatTheModelLacksByNameAndLinksToTheModelsOwnElements() throws Exception {
        JourneyModel sample = ModelFiles.load(ModelFilesTest.SAMPLE);
        Metric samplesNps = byName(sample.getMetrics(), "NPS");
        Set<String> before = names(sample);
        int metricsBefore = sample.getMetrics().size();

        Map<EReference, List<EObject>> additions = Catalogues.additions(sample, Catalogues.standard());
        Catalogues.addTo(sample, Catalogues.standard());

        for (List<EObject> added : additions.values()) {
            for (EObject e : added) {
                assertFalse(before.contains(kindAndName(e)), "not added again: " + kindAndName(e));
            }
        }
        // NPS, CSAT, first contact resolution and first response time were there already
        assertEquals(metricsBefore + 6, sample.getMetrics().size());
        ServiceValue integrity = byName(sample.getServiceValues(), "Act with integrity");
        assertSame(samplesNps, integrity.getMetrics().get(0), "linked to the model's own NPS, not a copy");
        assertSame(byName(sample.getMetrics(), "QA score"), integrity.getMetrics().get(1));
        assertEquals(1, sample.getServiceValues().stream()
                .filter(v -> v.getName().equals("Treat every customer with urgency")).count(), "one of each name");
        Set<String> ids = new HashSet<>();
        for (Iterator<EObject> it = sample.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e) {
                assertTrue(ids.add(e.getId()), "ids stay unique: " + e.getId());
            }
        }
        Path saved = folder.resolve("with-catalogue.touchline");
        ModelFiles.save(sample, saved);
        assertEquals(names(sample), names(ModelFiles.load(saved)), "saves and loads back");

        assertTrue(Catalogues.additions(sample, Catalogues.standard()).isEmpty(), "a second time adds nothing");
    }

    @Test
    void aBlankModelGetsTheWholeCatalogue() throws Exception {
        JourneyModel blank = TouchlineFactory.eINSTANCE.createJourneyModel();
        blank.setId("model");
        JourneyModel standard = Catalogues.standard();

        Catalogues.addTo(blank, standard);

        assertEquals(names(standard), names(blank));
        assertEquals("met-nps", blank.getMetrics().get(0).getId(), "the catalogue's readable ids are kept");
    }

    private static <T extends NamedElement> T byName(List<T> elements, String name) {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow(() -> new AssertionError(
                "no " + name));
    }

    private static Set<String> names(JourneyModel model) {
        Set<String> names = new HashSet<>();
        for (EReference list : Catalogues.LISTS) {
            for (Object o : (List<?>) model.eGet(list)) {
                names.add(kindAndName((EObject) o));
            }
        }
        return names;
    }

    private static String kindAndName(EObject e) {
        return e.eClass().getName() + ":" + ((NamedElement) e).getName().strip().toLowerCase(Locale.ROOT);
    }
}
