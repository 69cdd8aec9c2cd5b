package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.MapLayout;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.util.ElementIds;
import dev.touchline.ui.editor.Exchange;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapEditors;
import dev.touchline.ui.wizards.NewModelWizard;

/**
 * Starter catalogues in the workbench: a blank model starts with the standard metrics, channels
 * and service values; a measurement always measures a metric; File > Import Catalogue adds what a
 * model lacks, as one step.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class CataloguesUiTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    @Test
    void aBlankModelStartsWithTheStandardCatalogue() throws Exception {
        JourneyModel blank = NewModelWizard.blank("Telecom");

        assertEquals(10, blank.getMetrics().size());
        assertEquals(9, blank.getChannels().size());
        assertEquals(5, blank.getServiceValues().size());
        assertEquals("NPS", blank.getMetrics().get(0).getName());
    }

    @Test
    void aMeasurementAlwaysMeasuresAMetricAndAModelWithoutMetricsIsOfferedTheCatalogue() throws Exception {
        JourneyMapEditor editor = openWithoutMetrics();
        Touchpoint touchpoint = selectFirstCard(editor);

        prompts.answer = 1; // "Cancel" the offer of the standard metrics
        press(editor, "+ Measurement");
        assertEquals(0, touchpoint.getMeasurements().size(), "no measurement of no metric: " + prompts.said);
        assertTrue(prompts.said.get(0).contains("no metrics yet"), prompts.said.toString());

        prompts.said.clear();
        prompts.answer = 0; // add the standard metrics; then the first metric offered (NPS)
        press(editor, "+ Measurement");
        assertEquals(10, editor.model().getMetrics().size(), prompts.said.toString());
        assertEquals(1, touchpoint.getMeasurements().size());
        Metric measured = touchpoint.getMeasurements().get(0).getMetric();
        assertEquals("NPS", measured.getName());
        assertTrue(prompts.said.get(1).startsWith("New measurement: Measure '" + touchpoint.getName()
                + "' by which metric?"), prompts.said.toString());

        editor.domain().getCommandStack().undo();
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertEquals(0, touchpoint.getMeasurements().size());
        assertEquals(0, editor.model().getMetrics().size(), "one undo takes the catalogue back");
    }

    @Test
    void importCatalogueAddsWhatTheModelLacksOnceAsOneStep() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        int metrics = editor.model().getMetrics().size();

        String said = Exchange.importCatalogue(editor.session(), null);

        assertEquals(metrics + 6, editor.model().getMetrics().size(), "NPS, CSAT, FCR and FRT were there");
        assertTrue(said.startsWith("Added "), said);
        assertNull(Exchange.importCatalogue(editor.session(), null), "the second time adds nothing");
        assertTrue(prompts.said.get(prompts.said.size() - 1).contains("nothing to add"), prompts.said.toString());
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertEquals(metrics, editor.model().getMetrics().size());
    }

    private JourneyMapEditor openWithoutMetrics() throws Exception {
        JourneyModel model = NewModelWizard.blank("Telecom");
        model.getServiceValues().clear();
        model.getMetrics().clear();
        Stage stage = model.getJourneys().get(0).getStages().get(0);
        Touchpoint touchpoint = TouchlineFactory.eINSTANCE.createTouchpoint();
        touchpoint.setName("Compare tariffs online");
        stage.getTouchpoints().add(touchpoint);
        ElementIds.assignMissing(model);
        Path file = folder.resolve("telecom.touchline");
        ModelFiles.save(model, file);
        JourneyMapEditor editor = (JourneyMapEditor) MapEditors.open(Ui.window(), file);
        Ui.window().getShell().setSize(1600, 1000);
        Ui.flush();
        return editor;
    }

    private static Touchpoint selectFirstCard(JourneyMapEditor editor) {
        MapLayout.Card card = editor.canvas().mapLayout().cards().get(0);
        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), card.bounds()));
        Ui.flush();
        assertEquals(List.of(card.touchpoint()), editor.canvas().selection());
        return card.touchpoint();
    }

    private static void press(JourneyMapEditor editor, String tool) {
        Button button = Ui.button(editor.palette(), tool);
        button.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
    }

}
