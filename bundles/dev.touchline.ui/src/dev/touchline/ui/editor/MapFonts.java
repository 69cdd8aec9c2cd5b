package dev.touchline.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import dev.touchline.map.draw.Fonts;
import dev.touchline.map.draw.MapFont;

/**
 * The map's typeface in SWT: the DejaVu Sans files the exports embed, loaded into the display once
 * ({@link Display#loadFont}), one SWT font per {@link MapFont}, freed with the display. So the
 * editor draws text in the font {@link dev.touchline.map.draw.TextFit} measured it in.
 */
public final class MapFonts {

    private static final String KEY = MapFonts.class.getName();

    private final Map<MapFont, Font> fonts = new EnumMap<>(MapFont.class);
    private final Map<MapFont, Integer> ascents = new EnumMap<>(MapFont.class);

    private MapFonts(Display display) {
        load(display, Fonts.REGULAR_FILE);
        load(display, Fonts.BOLD_FILE);
        // the map's sizes are whole points at 96 dpi, SWT's logical resolution at 100 % (it scales both
        // coordinates and fonts on a high-resolution screen)
        Image scratch = new Image(display, 1, 1);
        GC gc = new GC(scratch);
        try {
            for (MapFont font : MapFont.values()) {
                FontData data = new FontData(Fonts.FAMILY, font.points(),
                        font.bold() ? SWT.BOLD : SWT.NORMAL);
                Font swt = new Font(display, data);
                fonts.put(font, swt);
                gc.setFont(swt);
                ascents.put(font, gc.getFontMetrics().getAscent());
            }
        } finally {
            gc.dispose();
            scratch.dispose();
        }
        display.disposeExec(() -> fonts.values().forEach(Font::dispose));
    }

    /** The fonts of {@code display}, loaded on first use. */
    public static MapFonts of(Display display) {
        MapFonts fonts = (MapFonts) display.getData(KEY);
        if (fonts == null) {
            fonts = new MapFonts(display);
            display.setData(KEY, fonts);
        }
        return fonts;
    }

    public Font font(MapFont font) {
        return fonts.get(font);
    }

    /** Pixels from the top of a line of {@code font} (where SWT draws it) to its baseline. */
    public int ascent(MapFont font) {
        return ascents.get(font);
    }

    private static void load(Display display, String file) {
        try {
            if (!display.loadFont(fontFile(file).toString())) {
                warn("The map's font " + file + " could not be loaded; the map is drawn in a fallback font and its"
                        + " lines may break differently from the exports.");
            }
        } catch (IOException | RuntimeException e) {
            warn("The map's font " + file + " could not be found: " + e);
        }
    }

    /** The font file on disk: extracted from the bundle by the platform, else copied to a temporary file. */
    private static Path fontFile(String file) throws IOException {
        URL resource = Fonts.class.getResource(file);
        if (resource == null) {
            throw new IOException("the map bundle has no " + file);
        }
        try {
            URL url = FileLocator.toFileURL(resource);
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.getPath());
            }
        } catch (IOException | RuntimeException notInOsgi) {
            // outside the platform (a benchmark on a plain class path): copy it below
        }
        Path copy = Files.createTempFile("touchline-font-", ".ttf");
        copy.toFile().deleteOnExit();
        try (InputStream in = Fonts.open(file)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static void warn(String message) {
        try {
            ILog.of(MapFonts.class).warn(message);
        } catch (RuntimeException | LinkageError notInOsgi) {
            System.err.println(message);
        }
    }
}
