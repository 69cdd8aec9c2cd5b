package dev.touchline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import dev.touchline.departments.Heatmap;
import dev.touchline.map.HeatmapLayout;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.HeatmapDrawing;
import dev.touchline.map.draw.TextFit;
import dev.touchline.model.util.ElementPaths;

/**
 * A journey's heatmap (departments × stages, coloured by health) as SVG and as a one-page PDF:
 * the Heatmap view's own drawing ({@link HeatmapDrawing}) on the export surfaces, so a handout
 * shows what the workbench shows. One heatmap pixel is one PDF point.
 */
public final class HeatmapExport {

    private HeatmapExport() {
    }

    /** The heatmap as an SVG document. */
    public static String svg(Heatmap heatmap) {
        HeatmapLayout layout = new HeatmapLayout(heatmap);
        HeatmapDrawing drawing = new HeatmapDrawing(new TextFit(Fonts.get()));
        return PosterSvg.document(drawing.width(layout), drawing.height(layout), title(heatmap),
                surface -> drawing.draw(surface, layout));
    }

    /** Writes the heatmap as a one-page PDF to {@code out}, which stays open. */
    public static void pdf(Heatmap heatmap, String caption, OutputStream out) throws IOException {
        HeatmapLayout layout = new HeatmapLayout(heatmap);
        HeatmapDrawing drawing = new HeatmapDrawing(new TextFit(Fonts.get()));
        int width = drawing.width(layout);
        int height = drawing.height(layout);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title(heatmap));
            document.getDocumentInformation().setSubject(caption);
            document.getDocumentInformation().setCreator("Touchline");
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfSurface.Fonts fonts = new PdfSurface.Fonts(document);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                drawing.draw(new PdfSurface(cs, fonts, height), layout);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }

    private static String title(Heatmap heatmap) {
        return "Heatmap of " + ElementPaths.label(heatmap.journey());
    }
}
