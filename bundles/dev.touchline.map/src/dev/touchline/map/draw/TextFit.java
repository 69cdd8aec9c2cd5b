package dev.touchline.map.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks text into at most N lines that fit a width in one of the {@link MapFont}s, measured with
 * the map's typeface ({@link Fonts}), ending with an ellipsis when it does not all fit; a word
 * wider than the line is cut. The one line breaker of the map, whatever surface it is drawn on.
 * Results are cached, so a repaint measures nothing it measured before.
 */
public final class TextFit {

    private static final String ELLIPSIS = "\u2026";
    private static final int CACHE_LIMIT = 20_000;

    private record Key(String text, MapFont font, double width, int maxLines) {
    }

    private final Fonts fonts;
    private final Map<Key, List<String>> cache = new HashMap<>();

    public TextFit(Fonts fonts) {
        this.fonts = fonts;
    }

    /** {@code text} in at most {@code maxLines} lines of at most {@code width} px; none for blank text. */
    public List<String> lines(String text, MapFont font, double width, int maxLines) {
        if (text == null || text.isBlank() || maxLines <= 0) {
            return List.of();
        }
        Key key = new Key(text, font, width, maxLines);
        List<String> lines = cache.get(key);
        if (lines == null) {
            lines = List.copyOf(wrap(text, font, width, maxLines));
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, lines);
        }
        return lines;
    }

    /** The width of {@code text} in {@code font}, in map pixels. */
    public double width(String text, MapFont font) {
        return fonts.width(text, font);
    }

    /** How far {@code font} rises above its baseline, in map pixels. */
    public double ascent(MapFont font) {
        return fonts.ascent(font);
    }

    private List<String> wrap(String text, MapFont font, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (fonts.width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                String cut = cut(words[i], font, width);
                lines.add(cut);
                words[i] = words[i].substring(cut.length());
                if (words[i].isEmpty()) {
                    i++;
                }
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsis(lines.get(last), font, width));
        }
        return lines;
    }

    /**
     * The longest start of {@code word} (at least one character) that fits {@code width}: one pass
     * forward, so a 100,000-character word costs 100,000 steps, not their square.
     */
    private String cut(String word, MapFont font, double width) {
        double used = 0;
        int end = 0;
        while (end < word.length()) {
            int next = end + Character.charCount(word.codePointAt(end));
            double w = fonts.width(word.substring(end, next), font);
            if (used + w > width) {
                break;
            }
            used += w;
            end = next;
        }
        return word.substring(0, Math.max(end, Character.charCount(word.codePointAt(0))));
    }

    private String ellipsis(String line, MapFont font, double width) {
        int end = line.length();
        while (end > 0 && fonts.width(line.substring(0, end) + ELLIPSIS, font) > width) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
