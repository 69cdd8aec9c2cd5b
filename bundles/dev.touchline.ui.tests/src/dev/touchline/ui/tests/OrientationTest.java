package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.map.Badge;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Rect;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.Exchange;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapCanvas;

/** Finding one's way: tooltips on badges and cards, the legend, the focus ring, menu mnemonics. */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class OrientationTest {

    @TempDir
    Path folder;

    @Test
    void badgesAndCardsExplainThemselvesOnHover() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        MapCanvas canvas = editor.canvas();
        Touchpoint tracking = (Touchpoint) editor.model().eResource().getEObject("tp-truck-tracking");
        editor.session().reveal(tracking);
        Ui.flush();
        MapLayout.Card card = canvas.mapLayout().cardOf(tracking);
        int index = new ArrayList<>(card.badges()).indexOf(Badge.NO_OWNER);
        assertTrue(index >= 0, "live truck tracking has no owner");
        Point badge = Ui.centerOf(canvas, MapLayout.badgeBounds(card, index));
        Ui.mouse(canvas, SWT.MouseHover, badge.x, badge.y, 0, 0);
        String tip = canvas.getToolTipText();
        assertNotNull(tip, "a badge has a tooltip");
        assertTrue(tip.startsWith("No owner: No department owns this touchpoint"), tip);
        assertTrue(tip.contains(tracking.getName()), "and names the finding behind it: " + tip);

        Rect b = card.bounds();
        Point body = canvas.toControl(b.x() + 30, b.bottom() - 10);
        Ui.mouse(canvas, SWT.MouseHover, body.x, body.y, 0, 0);
        tip = canvas.getToolTipText();
        assertTrue(tip.startsWith(tracking.getName()), tip);
        for (String part : List.of("Channel: ", "Owner: nobody", "Measurements:", "Findings:")) {
            assertTrue(tip.contains(part), part + " in " + tip);
        }

        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        editor.session().reveal(crew.getMeasurements().get(0));
        Ui.flush();
        Rect bar = canvas.mapLayout().boundsOf(crew.getMeasurements().get(0));
        Point onBar = Ui.centerOf(canvas, bar);
        Ui.mouse(canvas, SWT.MouseHover, onBar.x, onBar.y, 0, 0);
        assertTrue(canvas.getToolTipText().contains("Measures touchpoint " + crew.getName()),
                "a metric bar says whose it is: " + canvas.getToolTipText());
    }

    @Test
    void theLegendIsOnTheMapAndOnTheExportedImage() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.validated(editor);
        MapCanvas canvas = editor.canvas();
        assertTrue(canvas.legendShown(), "the legend shows by default");
        int goldInView = count(paint(canvas), Badge.MOMENT_OF_TRUTH.color(), 0, Integer.MAX_VALUE);
        Ui.screenshot(Ui.window().getShell(), "legend-editor");
        int withLegend = canvas.getVerticalBar().getMaximum();
        canvas.setLegendShown(false);
        assertTrue(withLegend > canvas.getVerticalBar().getMaximum() + 20,
                "the map scrolls further with the legend, so it never hides the last lane: " + withLegend + " vs "
                        + canvas.getVerticalBar().getMaximum());
        int goldWithout = count(paint(canvas), Badge.MOMENT_OF_TRUTH.color(), 0, Integer.MAX_VALUE);
        assertTrue(goldInView > goldWithout, "the legend's moment-of-truth badge is drawn over the map: " + goldInView
                + " gold pixels with, " + goldWithout + " without");
        canvas.setLegendShown(true);

        Path png = folder.resolve("map.png");
        Exchange.exportImage(editor.session(), png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        Path shots = Path.of(System.getProperty("touchline.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.copy(png, shots.resolve("exported-map-with-legend.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int mapHeight = canvas.mapLayout().height();
        assertTrue(image.height > mapHeight + 20, "the image has room for the legend under the map");
        assertTrue(count(image, Badge.MOMENT_OF_TRUTH.color(), mapHeight, image.height) > 20,
                "the legend under the map shows the moment-of-truth badge");
        assertTrue(count(image, Badge.NO_MEASUREMENT.color(), mapHeight, image.height) > 20,
                "and the not-measured badge");
    }

    @Test
    void theSelectedCardShowsAFocusRingWhileTheMapHasTheFocus() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        MapCanvas canvas = editor.canvas();
        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        editor.session().reveal(crew);
        Ui.flush();
        Rect b = canvas.mapLayout().boundsOf(crew);
        Ui.click(canvas, Ui.centerOf(canvas, b));
        canvas.forceFocus();
        Ui.flush();
        assertTrue(canvas.isFocusControl());
        Point ring = canvas.toControl(b.x() + b.width() / 2, b.y() - 4);
        int withFocus = inkAround(paint(canvas), ring);
        Ui.screenshot(canvas, "focus-ring");
        editor.palette().setFocus();
        Ui.flush();
        assertFalse(canvas.isFocusControl());
        int without = inkAround(paint(canvas), ring);
        assertTrue(withFocus > without, "a dotted ring above the card: " + withFocus + " ink pixels with focus, "
                + without + " without");
    }

    @Test
    void everyMenuItemHasItsOwnMnemonic() throws Exception {
        Ui.openSampleCopy(folder);
        Menu bar = Ui.window().getShell().getMenuBar();
        List<String> problems = new ArrayList<>();
        check(bar, "menu bar", problems);
        assertEquals(List.of(), problems);
    }

    private static void check(Menu menu, String where, List<String> problems) {
        menu.notifyListeners(SWT.Show, new Event());
        Map<Character, String> used = new HashMap<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0 || item.getText().startsWith("(")) { // a placeholder: "(none yet)"
                continue;
            }
            String text = item.getText();
            int tab = text.indexOf('\t');
            String shown = tab < 0 ? text : text.substring(0, tab);
            int mark = shown.replace("&&", "\u0000\u0000").indexOf('&');
            if (mark < 0 || mark == shown.length() - 1) {
                problems.add(where + " > " + shown + ": no mnemonic");
            } else {
                char key = Character.toLowerCase(shown.charAt(mark + 1));
                String other = used.put(key, shown);
                if (other != null) {
                    problems.add(where + " > " + shown + ": mnemonic " + key + " also on " + other);
                }
            }
            if (item.getMenu() != null) {
                check(item.getMenu(), where + " > " + shown.replace("&", ""), problems);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static ImageData paint(MapCanvas canvas) {
        var area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            canvas.paintMap(gc, 0, 0, area.width, area.height);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static int count(ImageData image, int rgb, int fromY, int toY) {
        RGB wanted = new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        int n = 0;
        for (int y = Math.max(0, fromY); y < Math.min(image.height, toY); y++) {
            for (int x = 0; x < image.width; x++) {
                RGB c = image.palette.getRGB(image.getPixel(x, y));
                if (Math.abs(c.red - wanted.red) + Math.abs(c.green - wanted.green) + Math.abs(c.blue - wanted.blue) < 24) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Dark pixels in a 40 x 5 band centred on {@code at}. */
    private static int inkAround(ImageData image, Point at) {
        int n = 0;
        for (int y = at.y - 2; y <= at.y + 2; y++) {
            for (int x = at.x - 20; x <= at.x + 20; x++) {
                if (x >= 0 && y >= 0 && x < image.width && y < image.height) {
                    RGB c = image.palette.getRGB(image.getPixel(x, y));
                    n += c.red + c.green + c.blue < 250 ? 1 : 0;
                }
            }
        }
        return n;
    }
}
