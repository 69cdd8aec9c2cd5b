package dev.touchline.map.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The map's one typeface, DejaVu Sans (regular and bold, shipped in this bundle's {@code fonts/}
 * folder), and its advance widths: every surface measures text with these numbers, so the editor,
 * the PNG, the SVG and the PDF break lines at the same words. The PDF embeds these files, the
 * editor loads them into SWT, the SVG names the family first.
 */
public final class Fonts {

    /** The font files, as resources of this bundle. */
    public static final String REGULAR_FILE = "/fonts/DejaVuSans.ttf";
    public static final String BOLD_FILE = "/fonts/DejaVuSans-Bold.ttf";
    /** The family name the files declare. */
    public static final String FAMILY = "DejaVu Sans";

    private static final Fonts INSTANCE = new Fonts();

    private final Face regular;
    private final Face bold;

    private Fonts() {
        regular = new Face(REGULAR_FILE);
        bold = new Face(BOLD_FILE);
    }

    /** The typeface, loaded once per process. */
    public static Fonts get() {
        return INSTANCE;
    }

    /** Opens one of the font files ({@link #REGULAR_FILE}, {@link #BOLD_FILE}). */
    public static InputStream open(String file) throws IOException {
        InputStream in = Fonts.class.getResourceAsStream(file);
        if (in == null) {
            throw new IOException("the font " + file + " is missing from the map bundle");
        }
        return in;
    }

    /** The width of {@code text} in map pixels, in {@code font}. */
    public double width(String text, MapFont font) {
        return (font.bold() ? bold : regular).em(text) * font.size();
    }

    /** Ascent above the baseline, in map pixels. */
    public double ascent(MapFont font) {
        return (font.bold() ? bold : regular).ascent * font.size();
    }

    /** One face: advance widths in ems, looked up once per character. */
    private static final class Face {
        private final float[] basic = new float[0x3000];
        private final java.util.Map<Integer, Float> other = new java.util.concurrent.ConcurrentHashMap<>();
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final float unitsPerEm;
        private final double ascent;

        Face(String file) {
            try (InputStream in = open(file)) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                cmap = font.getUnicodeCmapLookup();
                unitsPerEm = font.getUnitsPerEm();
                ascent = font.getHorizontalHeader().getAscender() / (double) unitsPerEm;
                for (int c = 0; c < basic.length; c++) {
                    basic[c] = advance(c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The map's font " + file + " cannot be read", e);
            }
        }

        private float advance(int codePoint) {
            try {
                return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double em(String text) {
            double em = 0;
            for (int i = 0; i < text.length();) {
                int c = text.codePointAt(i);
                em += c < basic.length ? basic[c] : other.computeIfAbsent(c, this::advance);
                i += Character.charCount(c);
            }
            return em;
        }
    }
}
