package dev.touchline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.touchline.departments.FindingIndex;
import dev.touchline.departments.Heatmap;
import dev.touchline.map.HeatmapLayout;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.HeatmapDrawing;
import dev.touchline.map.draw.TextFit;
import dev.touchline.map.tests.support.RecordingSurface;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.validation.ModelValidator;

/** The pack's heatmap is the Heatmap view's drawing: same texts in the same order, in SVG and PDF. */
class HeatmapExportTest {

    private static Heatmap sampleHeatmap() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        return Heatmap.of(model.getJourneys().get(0), new FindingIndex(new ModelValidator().validate(model)));
    }

    @Test
    void theSvgSaysWhatTheDrawingSaysInItsOrder() throws Exception {
        Heatmap heatmap = sampleHeatmap();
        RecordingSurface drawn = new RecordingSurface();
        HeatmapDrawing drawing = new HeatmapDrawing(new TextFit(Fonts.get()));
        HeatmapLayout layout = new HeatmapLayout(heatmap);
        drawing.draw(drawn, layout);

        Element svg = ExportFixtures.parse(HeatmapExport.svg(heatmap)).getDocumentElement();
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> inSvg = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            inSvg.add(texts.item(i).getTextContent());
        }
        assertEquals(drawn.texts(), inSvg);
        assertEquals(Integer.toString(drawing.width(layout)), svg.getAttribute("width"));
        Journey journey = heatmap.journey();
        for (Stage stage : journey.getStages()) {
            assertTrue(inSvg.contains(stage.getName()), "stage " + stage.getName() + " heads a column: " + inSvg);
        }
        for (Department department : ((JourneyModel) journey.eContainer()).getDepartments()) {
            assertTrue(inSvg.contains(department.getName()), department.getName() + " heads a row");
        }
        assertTrue(inSvg.contains("No owner"), "the row of touchpoints nobody owns");
        // one titled group per cell, saying whose cell it is and its health
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        assertEquals(heatmap.rowCount() * heatmap.columnCount(), groups.getLength());
        String first = ((Element) groups.item(0)).getElementsByTagNameNS("*", "title").item(0).getTextContent();
        assertTrue(first.startsWith(heatmap.rows().get(0).getName() + " in stage "), first);
    }

    @Test
    void thePdfIsOnePageOfTheDrawingsSizeWithItsText() throws Exception {
        Heatmap heatmap = sampleHeatmap();
        HeatmapDrawing drawing = new HeatmapDrawing(new TextFit(Fonts.get()));
        HeatmapLayout layout = new HeatmapLayout(heatmap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeatmapExport.pdf(heatmap, "caption", out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(drawing.width(layout), document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(drawing.height(layout), document.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(document);
            for (Department department : ((JourneyModel) heatmap.journey().eContainer()).getDepartments()) {
                assertTrue(text.contains(department.getName()), department.getName() + " in " + text);
            }
            assertTrue(text.contains("Gaps to fix") && text.contains("No owner"), text);
        }
    }
}
