package dev.touchline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

import dev.touchline.map.MapLayout;
import dev.touchline.map.Palette;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapView;

/**
 * A journey map as a PDF poster (the map's one drawing, {@link MapDrawing#drawSheet}, on a
 * {@link PdfSurface}), vector shapes and
 * embedded text, drawn once into a form XObject that each page places:
 * <ul>
 * <li>{@link #write}: one page the size of the poster, one poster pixel to the point (the sample
 * journey prints at about 72 × 45 cm), scaled down when larger than the 200 inches a PDF page may
 * be; for a plotter or a print shop;</li>
 * <li>{@link #writeTiled}: A3 landscape sheets for an office printer, the poster scaled so its
 * height fills a sheet (or a little less, when that spares a nearly blank last sheet) and cut
 * into as many sheets across as it needs (each sheet places the poster clipped to its part),
 * each saying its place.</li>
 * </ul>
 */
public final class PosterPdf {

    /** The largest side of a PDF page in points (200 inches). */
    static final float MAX_SIDE = 14_400;
    /** A3 landscape, in points. */
    static final PDRectangle SHEET = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
    /** 10 mm, in points: most printers cannot print closer to the edge. */
    static final float MARGIN = 28.35f;
    /** Room below a sheet's part of the poster for the line that says which sheet it is. */
    static final float LABEL = 14;

    private PosterPdf() {
    }

    /** Puts the poster (a form, drawn) on the pages of a document. */
    private interface Placement {
        void place(PDDocument document, PDFormXObject poster, PdfSurface.Fonts fonts) throws IOException;
    }

    /**
     * Writes the poster of {@code layout} as {@code view} shows it to {@code out} (which stays
     * open) as one page.
     *
     * @param caption what the footer says under the legend (model, date), plain text
     */
    public static void write(MapLayout layout, MapView view, String caption, OutputStream out) throws IOException {
        int width = MapDrawing.sheetWidth(layout);
        int height = new MapDrawing().sheetHeight(layout, view);
        float scale = Math.min(1f, MAX_SIDE / Math.max(width, height));
        write(layout, view, caption, out, (document, poster, fonts) -> {
            PDPage page = new PDPage(new PDRectangle(width * scale, height * scale));
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.transform(Matrix.getScaleInstance(scale, scale));
                cs.drawForm(poster);
            }
        });
    }

    /**
     * Writes the poster of {@code layout} to {@code out} (which stays open) on A3 landscape
     * sheets to join left to right.
     *
     * @return how many sheets
     */
    public static int writeTiled(MapLayout layout, MapView view, String caption, OutputStream out)
            throws IOException {
        int width = MapDrawing.sheetWidth(layout);
        int height = new MapDrawing().sheetHeight(layout, view);
        float areaWidth = SHEET.getWidth() - 2 * MARGIN;
        float areaHeight = SHEET.getHeight() - 2 * MARGIN - LABEL;
        float fill = Math.min(1f, areaHeight / height);
        double across = width * fill / areaWidth;
        int needed = Math.max(1, (int) Math.ceil(across - 0.001));
        // rather a slightly smaller poster than a last sheet that is mostly blank
        int sheets = needed > 1 && across - (needed - 1) < 0.2 ? needed - 1 : needed;
        float scale = Math.min(fill, sheets * areaWidth / width);
        String journey = MapDrawing.journeyName(layout);
        write(layout, view, caption, out, (document, poster, fonts) -> {
            for (int i = 0; i < sheets; i++) {
                PDPage page = new PDPage(SHEET);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    float bottom = MARGIN + LABEL + areaHeight - height * scale;
                    cs.saveGraphicsState();
                    cs.addRect(MARGIN, bottom, areaWidth, height * scale);
                    cs.clip();
                    cs.transform(Matrix.getTranslateInstance(MARGIN - i * areaWidth, bottom));
                    cs.transform(Matrix.getScaleInstance(scale, scale));
                    cs.drawForm(poster);
                    cs.restoreGraphicsState();
                    new PdfSurface(cs, fonts, SHEET.getHeight()).text(journey + " \u00b7 sheet " + (i + 1) + " of "
                            + sheets + (sheets > 1 ? " \u00b7 join the sheets left to right" : ""), MARGIN,
                            SHEET.getHeight() - MARGIN, 8, false, Palette.MUTED, false);
                }
            }
        });
        return sheets;
    }

    private static void write(MapLayout layout, MapView view, String caption, OutputStream out,
            Placement placement) throws IOException {
        MapDrawing drawing = new MapDrawing();
        int width = MapDrawing.sheetWidth(layout);
        int height = drawing.sheetHeight(layout, view);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(MapDrawing.journeyName(layout));
            info.setSubject(caption);
            info.setCreator("Touchline");
            PdfSurface.Fonts fonts = new PdfSurface.Fonts(document);
            PDAppearanceStream poster = new PDAppearanceStream(document);
            poster.setBBox(new PDRectangle(width, height));
            poster.setResources(new PDResources());
            try {
                // compressed, as page contents are by default
                try (PDPageContentStream cs = new PDPageContentStream(document, poster,
                        poster.getCOSObject().createOutputStream(COSName.FLATE_DECODE))) {
                    drawing.drawSheet(new PdfSurface(cs, fonts, height), layout, view, caption);
                }
                placement.place(document, poster, fonts);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }
}
