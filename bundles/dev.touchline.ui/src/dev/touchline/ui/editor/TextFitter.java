package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/**
 * Breaks text into at most N lines that fit a width, ending with an ellipsis when it does not fit.
 * Results are cached per font, width and text, so a repaint measures nothing it measured before.
 */
final class TextFitter {

    private static final String ELLIPSIS = "\u2026";
    private final Map<String, String[]> cache = new HashMap<>();

    String[] fit(GC gc, Font font, String text, int width, int maxLines) {
        String value = text == null ? "" : text;
        String key = System.identityHashCode(font) + "/" + width + "/" + maxLines + "/" + value;
        String[] lines = cache.get(key);
        if (lines == null) {
            gc.setFont(font);
            lines = wrap(gc, value, width, maxLines);
            if (cache.size() > 20_000) {
                cache.clear();
            }
            cache.put(key, lines);
        }
        gc.setFont(font);
        return lines;
    }

    private static String[] wrap(GC gc, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        boolean cut = false;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || gc.textExtent(candidate).x <= width) {
                line = candidate;
            } else if (lines.size() + 1 < maxLines) {
                lines.add(line);
                line = word;
            } else {
                cut = true;
                break;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        for (int k = 0; k < lines.size(); k++) {
            boolean last = k == lines.size() - 1;
            lines.set(k, shorten(gc, lines.get(k), width, last && cut));
        }
        return lines.toArray(String[]::new);
    }

    private static String shorten(GC gc, String text, int width, boolean forceEllipsis) {
        if (!forceEllipsis && gc.textExtent(text).x <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && gc.textExtent(text.substring(0, end) + ELLIPSIS).x > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
