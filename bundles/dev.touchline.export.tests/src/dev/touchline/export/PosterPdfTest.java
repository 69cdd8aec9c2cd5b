package dev.touchline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.touchline.map.JourneyMapLayout;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapLayout;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapView;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.ModelValidator;

class PosterPdfTest {

    private static byte[] pdf(MapLayout layout, String caption) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PosterPdf.write(layout, MapView.PLAIN, caption, out);
        return out.toByteArray();
    }

    @Test
    void thePdfIsOnePageOfThePosterWithItsTextEmbedded() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Journey journey = model.getJourneys().get(0);
        MapLayout layout = JourneyMapLayout.of(journey, new FindingIndex(new ModelValidator().validate(model)));

        try (PDDocument pdf = Loader.loadPDF(pdf(layout, "Touchline test caption"))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(MapDrawing.sheetWidth(layout), page.getWidth(), 0.01, "one poster pixel is one point");
            assertEquals(new MapDrawing().sheetHeight(layout, MapView.PLAIN), page.getHeight(), 0.01);
            assertEquals(journey.getName(), pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf);
            for (MapLayout.Card card : layout.cards()) {
                String firstWord = card.touchpoint().getName().split(" ")[0];
                assertTrue(text.contains(firstWord), "card " + card.touchpoint().getName() + " is on the page");
            }
            assertTrue(text.contains("Moment of truth") && text.contains("Touchline test caption"), text);
            assertTrue(text.contains("No owner"), "the unowned card says so");
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        Journey journey = model.getJourneys().get(0);
        Touchpoint touchpoint = journey.getStages().get(0).getTouchpoints().get(0);
        touchpoint.setName("Kundenbewertung \u00e4\u00f6\u00fc \u05e9\u05dc\u05d5\u05dd \u4e2d\u6587 \ud83d\ude9a");

        try (PDDocument pdf = Loader.loadPDF(pdf(JourneyMapLayout.of(journey, FindingIndex.NONE), "caption"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Kundenbewertung") && text.contains("\u00e4\u00f6\u00fc"),
                    "Latin with diacritics is drawn: " + text);
            assertTrue(text.contains("\u05e9") || text.contains("\u05dd"), "Hebrew is in DejaVu Sans: " + text);
            assertTrue(text.contains("??"), "CJK, not in the font, is drawn as question marks");
        }
    }

    @Test
    void aPosterSlightlyWiderThanA3IsShrunkOntoOneSheet() throws Exception {
        JourneyModel model = ExportFixtures.sample();
        MapLayout layout = JourneyMapLayout.of(model.getJourneys().get(0), FindingIndex.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertEquals(1, PosterPdf.writeTiled(layout, MapView.PLAIN, "caption", out), "the sample is 7 % too wide at full height");

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Move house \u00b7 sheet 1 of 1") && !text.contains("join"), text);
        }
    }

    @Test
    void a3SheetsEachShowTheirPartAndSayHowToJoinThem() throws Exception {
        JourneyModel model = SyntheticModel.generate(2000, 500, 3);
        MapLayout layout = JourneyMapLayout.of(model.getJourneys().get(0), FindingIndex.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int sheets = PosterPdf.writeTiled(layout, MapView.PLAIN, "caption", out);

        double height = PosterPdf.SHEET.getHeight() - 2 * PosterPdf.MARGIN - PosterPdf.LABEL;
        double across = MapDrawing.sheetWidth(layout) * Math.min(1, height / new MapDrawing().sheetHeight(layout, MapView.PLAIN))
                / (PosterPdf.SHEET.getWidth() - 2 * PosterPdf.MARGIN);
        assertTrue(sheets >= 3 && sheets >= across - 0.2 && sheets <= Math.ceil(across), across + " → " + sheets);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(sheets, pdf.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(pdf);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int page = 1; page <= sheets; page++) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                assertEquals(1190.55, box.getWidth(), 0.1, "A3 landscape");
                assertEquals(841.89, box.getHeight(), 0.1);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pdf).contains("sheet " + page + " of " + sheets + " \u00b7 join the sheets"));
                // each sheet places the whole poster clipped to its part: what is seen differs from sheet to sheet
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page - 1, 12);
                StringBuilder pixels = new StringBuilder();
                int inked = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y) & 0xffffff;
                        pixels.append(Integer.toHexString(rgb));
                        inked += rgb == 0xffffff ? 0 : 1;
                    }
                }
                if (page < sheets) {
                    assertTrue(inked > image.getWidth() * image.getHeight() / 2, "sheet " + page + " is filled");
                }
                assertTrue(seen.add(pixels.toString()), "sheet " + page + " shows another part of the poster");
            }
        }
    }

    @Test
    void aPosterLargerThanAPdfPageIsScaledToFit() throws Exception {
        JourneyModel model = SyntheticModel.generate(3000, 3000, 6);
        MapLayout layout = JourneyMapLayout.of(model.getJourneys().get(0), FindingIndex.NONE);
        assertTrue(MapDrawing.sheetWidth(layout) > PosterPdf.MAX_SIDE, "the test needs a poster wider than a PDF page: "
                + MapDrawing.sheetWidth(layout));

        try (PDDocument pdf = Loader.loadPDF(pdf(layout, "caption"))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(PosterPdf.MAX_SIDE, page.getWidth(), 0.5);
            assertEquals(new MapDrawing().sheetHeight(layout, MapView.PLAIN) * PosterPdf.MAX_SIDE / MapDrawing.sheetWidth(layout), page.getHeight(), 0.5);
        }
    }
}
