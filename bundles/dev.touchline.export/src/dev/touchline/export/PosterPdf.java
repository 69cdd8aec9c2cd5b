package dev.touchline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import dev.touchline.map.MapLayout;

/**
 * A journey map as a one-page PDF poster for print ({@link Poster} on a {@link PdfSurface}): one
 * poster pixel is one point (1/72 inch), so the sample journey prints at about 72 × 44 cm; a
 * poster larger than the 200-inch limit of a PDF page is scaled down to fit it. Vector shapes and
 * embedded text, so a print shop can scale it further.
 */
public final class PosterPdf {

    /** The largest side of a PDF page in points (200 inches). */
    static final float MAX_SIDE = 14_400;

    private PosterPdf() {
    }

    /**
     * Writes the poster of {@code layout} to {@code out} (which stays open).
     *
     * @param caption what the footer says besides the legend (model, date), plain text
     */
    public static void write(MapLayout layout, String caption, OutputStream out) throws IOException {
        int width = Poster.width(layout);
        int height = Poster.height(layout);
        float scale = Math.min(1f, MAX_SIDE / Math.max(width, height));
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width * scale, height * scale));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(Poster.journeyName(layout));
            info.setSubject(caption);
            info.setCreator("Touchline");
            try (PdfSurface surface = new PdfSurface(document, page, height, scale)) {
                new Poster(layout, surface).draw(caption);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }
}
