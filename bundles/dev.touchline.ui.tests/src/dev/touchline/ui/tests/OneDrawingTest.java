package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.touchline.departments.DepartmentLens;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Palette;
import dev.touchline.map.Rect;
import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapFont;
import dev.touchline.map.tests.support.RecordingSurface;
import dev.touchline.map.tests.support.RecordingSurface.Op;
import dev.touchline.model.Department;
import dev.touchline.ui.editor.Exchange;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapFonts;

/**
 * The editor and every export of the map come from one drawing: what the editor draws for its
 * map and view state (a department lens here) is, shape for shape and text for text, what File >
 * Export Map Image writes as SVG, and the PNG and the PDF show the lens alike.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class OneDrawingTest {

    @TempDir
    Path folder;

    /** The sample in an editor, through the lens of its first department. */
    private JourneyMapEditor sampleWithLens() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Department first = editor.model().getDepartments().get(0);
        editor.session().setLens(first, null);
        Ui.flush();
        return editor;
    }

    @Test
    void theEditorAndTheSvgExportIssueTheSameOperations() throws Exception {
        JourneyMapEditor editor = sampleWithLens();
        MapLayout layout = editor.canvas().mapLayout();
        RecordingSurface shown = new RecordingSurface();
        editor.canvas().drawOn(shown, new Rect(0, 0, MapDrawing.sheetWidth(layout), layout.height()));
        Path svgFile = folder.resolve("map.svg");

        Exchange.exportImage(editor.session(), svgFile);

        List<String> inEditor = normalise(shown.operations());
        List<String> inSvg = svgOperations(svgFile);
        // the sheet: its paper, then the map exactly as the editor draws it, then legend and caption
        assertTrue(inSvg.size() > inEditor.size() + 1, inSvg.size() + " vs " + inEditor.size());
        for (int i = 0; i < inEditor.size(); i++) {
            assertSame(inEditor.get(i), inSvg.get(i + 1), "operation " + i);
        }
        assertTrue(inEditor.stream().anyMatch(o -> o.contains("opacity=0.25")), "the lens fades cards");
        Files.copy(svgFile, Ui.screenshotFolder().resolve("one-drawing-export.svg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Ui.screenshot(editor.canvas(), "one-drawing-editor-lens");
    }

    /**
     * What a real paint of the editor asks its SWT surface to draw is the drawing of the area it
     * shows, call for call; and the cards it draws are the SVG export's cards, in the same order.
     */
    @Test
    void aRealPaintAsksTheSwtSurfaceForTheDrawingTheExportsHave() throws Exception {
        JourneyMapEditor editor = sampleWithLens();
        org.eclipse.swt.graphics.Point size = editor.canvas().getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(Ui.display(), size.x, size.y);
        GC gc = new GC(image);
        List<RecordingSurface> onSwt = new ArrayList<>();
        try {
            editor.canvas().paintMap(gc, 0, 0, size.x, size.y, swt -> {
                RecordingSurface recorder = new RecordingSurface(swt);
                onSwt.add(recorder);
                return recorder;
            });
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertTrue(!onSwt.isEmpty() && onSwt.get(0).operations().size() > 20, "the paint drew the map on SWT");
        List<Op> painted = onSwt.get(0).operations();
        // the drawing's first call paints the visible area: draw that area again, on a recording only
        Op paper = painted.get(0);
        assertEquals("rect", paper.kind());
        Rect visible = new Rect((int) Math.round(paper.numbers().get(0)), (int) Math.round(paper.numbers().get(1)),
                (int) Math.round(paper.numbers().get(2)), (int) Math.round(paper.numbers().get(3)));
        RecordingSurface expected = new RecordingSurface();
        editor.canvas().drawOn(expected, visible);
        assertEquals(expected.operations().stream().map(Op::toString).toList(),
                painted.stream().map(Op::toString).toList());

        Path svgFile = folder.resolve("viewport.svg");
        Exchange.exportImage(editor.session(), svgFile);
        List<String> svgCards = svgOperations(svgFile).stream().filter(o -> o.startsWith("g")).toList();
        List<String> paintedCards = normalise(painted).stream().filter(o -> o.startsWith("g")).toList();
        assertTrue(paintedCards.size() > 3, "cards in view: " + paintedCards.size());
        List<String> titles = painted.stream().filter(o -> o.kind().equals("group") && o.text() != null)
                .map(Op::text).toList();
        List<String> allTitles = editor.canvas().mapLayout().cards().stream().map(c -> c.touchpoint().getName())
                .toList();
        assertTrue(isSubsequence(titles, allTitles), titles + " in the order of " + allTitles);
        assertTrue(svgCards.size() >= paintedCards.size());
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return i == part.size();
    }

    @Test
    void thePngAndThePdfShowTheLensAsTheEditorDoes() throws Exception {
        JourneyMapEditor editor = sampleWithLens();
        MapLayout layout = editor.canvas().mapLayout();
        DepartmentLens lens = editor.canvas().lens();
        MapLayout.Card owned = layout.cards().stream()
                .filter(c -> lens.roleOf(c.touchpoint()) == DepartmentLens.Role.OWNED).findFirst().orElseThrow();
        MapLayout.Card other = layout.cards().stream()
                .filter(c -> lens.roleOf(c.touchpoint()) == DepartmentLens.Role.OTHER && c.touchpoint().getOwner() != null)
                .findFirst().orElseThrow();
        Path png = folder.resolve("map.png");
        Path pdf = folder.resolve("map.pdf");

        Exchange.exportImage(editor.session(), png);
        Exchange.exportImage(editor.session(), pdf);

        ImageData image = new ImageLoader().load(png.toString())[0];
        BufferedImage page;
        String pdfText;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            page = new PDFRenderer(document).renderImage(0, 1f);
            pdfText = new PDFTextStripper().getText(document);
        }
        assertEquals(image.width, page.getWidth(), "the PNG and the PDF are the same sheet");
        assertEquals(image.height, page.getHeight(), 1);
        // for a person to look at, in their real viewers
        for (Path file : List.of(png, pdf)) {
            Files.copy(file, Ui.screenshotFolder().resolve("one-drawing-export." + file.getFileName().toString()
                    .replaceAll(".*\\.", "")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (MapLayout.Card card : List.of(owned, other)) {
            // the middle of the card's owner strip
            int x = card.bounds().x() + 3;
            int y = card.bounds().y() + card.bounds().height() / 2;
            RGB inPng = image.palette.getRGB(image.getPixel(x, y));
            RGB inPdf = rgb(page.getRGB(x, y));
            int full = Palette.of(card.touchpoint().getOwner());
            boolean faded = card == other;
            String where = card.touchpoint().getName() + " (" + (faded ? "faded" : "owned") + "): png " + inPng
                    + ", pdf " + inPdf + ", colour " + Integer.toHexString(full);
            assertClose(inPng, inPdf, 24, where);
            int red = full >> 16 & 0xff;
            if (faded) {
                assertTrue(inPng.red > red + (255 - red) / 2, "faded toward the paper: " + where);
            } else {
                assertTrue(Math.abs(inPng.red - red) < 24, "in its full colour: " + where);
            }
        }
        assertTrue(pdfText.contains(owned.touchpoint().getName().split(" ")[0]), "the PDF has the cards' text");
    }

    @Test
    void theEditorDrawsTextInTheFontItWasMeasuredIn() {
        MapFonts fonts = MapFonts.of(Ui.display());
        GC gc = new GC(Ui.display());
        try {
            for (MapFont font : MapFont.values()) {
                Font swt = fonts.font(font);
                gc.setFont(swt);
                String sample = "Confirm the delivery slot by e-mail \u00e4\u00f6\u00fc 1,234";
                double measured = Fonts.get().width(sample, font);
                int drawn = gc.stringExtent(sample).x;
                assertEquals(Fonts.FAMILY, swt.getFontData()[0].getName(), font.toString());
                assertTrue(Math.abs(drawn - measured) / measured < 0.04, String.format(Locale.ROOT,
                        "%s: SWT draws %d px, the drawing measured %.1f px", font, drawn, measured));
            }
        } finally {
            gc.dispose();
        }
    }

    /**
     * The same operation: equal apart from numbers, and numbers equal to the SVG's two decimals
     * (a tenth printed from 761.95 and from 761.949 differs, the positions do not).
     */
    private static void assertSame(String expected, String actual, String message) {
        String[] e = expected.split(" \\|", 2);
        String[] a = actual.split(" \\|", 2);
        String numbers = "-?\\d+\\.\\d";
        assertEquals(e[0].replaceAll(numbers, "#"), a[0].replaceAll(numbers, "#"), message);
        assertEquals(e.length > 1 ? e[1] : "", a.length > 1 ? a[1] : "", message);
        java.util.regex.Matcher me = java.util.regex.Pattern.compile(numbers).matcher(e[0]);
        java.util.regex.Matcher ma = java.util.regex.Pattern.compile(numbers).matcher(a[0]);
        while (me.find() && ma.find()) {
            assertEquals(Double.parseDouble(me.group()), Double.parseDouble(ma.group()), 0.11,
                    message + ": " + expected + " vs " + actual);
        }
    }

    private static void assertClose(RGB a, RGB b, int tolerance, String message) {
        assertTrue(Math.abs(a.red - b.red) <= tolerance && Math.abs(a.green - b.green) <= tolerance
                && Math.abs(a.blue - b.blue) <= tolerance, message);
    }

    private static RGB rgb(int argb) {
        return new RGB(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }

    /** Operations as SVG can say them: kind, colours, text, position to a tenth; untitled opaque groups dropped. */
    private static List<String> normalise(List<Op> ops) {
        List<String> out = new ArrayList<>();
        for (Op op : ops) {
            switch (op.kind()) {
            case "rect" -> out.add("rect " + colour(op.fill()) + " " + at(op.numbers(), 4));
            case "roundRect" -> out.add("rect " + colour(op.fill()) + " " + colour(op.stroke()) + " "
                    + at(op.numbers(), 4));
            case "line" -> out.add("line " + colour(op.stroke()) + " " + at(op.numbers(), 4));
            case "circle" -> out.add("circle " + colour(op.fill()) + " " + colour(op.stroke()) + " "
                    + at(op.numbers(), 3));
            case "path" -> out.add("path " + colour(op.fill()) + (op.stroke() == null ? "" : " " + colour(op.stroke())));
            case "text" -> out.add("text " + colour(op.fill()) + " " + size(op.font().size()) + " "
                    + (op.font().bold() ? "bold " : "") + at(op.numbers(), 2) + " |" + op.text());
            case "group" -> {
                if (op.text() != null || op.opacity() < 1) {
                    out.add("g" + (op.opacity() < 1 ? " opacity=" + op.opacity() : ""));
                }
            }
            default -> {
                // a group's end is no element of its own
            }
            }
        }
        return out;
    }

    private static List<String> svgOperations(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        List<String> out = new ArrayList<>();
        walk(document.getDocumentElement(), out);
        return out;
    }

    private static void walk(Element parent, List<String> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
            case "rect" -> out.add("rect " + attr(e, "fill") + (e.hasAttribute("stroke") ? " " + attr(e, "stroke")
                    : e.hasAttribute("rx") || "none".equals(e.getAttribute("fill")) ? " none" : "") + " "
                    + at(e, "x", "y", "width", "height"));
            case "line" -> out.add("line " + attr(e, "stroke") + " " + at(e, "x1", "y1", "x2", "y2"));
            case "circle" -> out.add("circle " + attr(e, "fill") + " " + (e.hasAttribute("stroke") ? attr(e, "stroke")
                    : "none") + " " + at(e, "cx", "cy", "r"));
            case "path" -> out.add("path " + attr(e, "fill") + (e.hasAttribute("stroke") ? " " + attr(e, "stroke")
                    : ""));
            case "text" -> out.add("text " + attr(e, "fill") + " " + size(e.hasAttribute("font-size")
                    ? Double.parseDouble(e.getAttribute("font-size")) : MapFont.REGULAR.size()) + " "
                    + ("bold".equals(e.getAttribute("font-weight")) ? "bold " : "") + at(e, "x", "y") + " |"
                    + e.getTextContent());
            case "g" -> {
                out.add("g" + (e.hasAttribute("opacity") ? " opacity=" + Double.parseDouble(e.getAttribute("opacity"))
                        : ""));
                walk(e, out);
            }
            default -> {
                // title: a group's name, said by its g
            }
            }
        }
    }

    private static String colour(Integer rgb) {
        return rgb == null ? "none" : String.format(Locale.ROOT, "#%06x", rgb);
    }

    private static String attr(Element e, String name) {
        return e.getAttribute(name).toLowerCase(Locale.ROOT);
    }

    private static String size(double size) {
        return String.format(Locale.ROOT, "%.1f", size);
    }

    private static String at(List<Double> numbers, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", numbers.get(i)));
        }
        return s.toString();
    }

    private static String at(Element e, String... names) {
        List<Double> numbers = new ArrayList<>();
        for (String name : names) {
            numbers.add(Double.parseDouble(e.getAttribute(name)));
        }
        return at(numbers, names.length);
    }
}
