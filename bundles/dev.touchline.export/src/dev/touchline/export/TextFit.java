package dev.touchline.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines of a given width for SVG, which does not wrap by itself. Widths are
 * estimated from per-character classes of a common sans-serif face (DejaVu Sans, Arial), erring
 * wide so that text never runs out of its box; the last line ends with an ellipsis when the text
 * does not fit.
 */
final class TextFit {

    private TextFit() {
    }

    /** Estimated width of {@code s} in pixels at {@code size} px, bold or not. */
    static double width(String s, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            em += advance(s.charAt(i));
        }
        return em * size * (bold ? 1.07 : 1.0);
    }

    private static double advance(char c) {
        if ("il.,:;'|!()[]{} ".indexOf(c) >= 0) {
            return 0.34;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.92;
        }
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return 0.68;
        }
        if (c >= 0x2e80) {
            return 1.0; // CJK and other full-width characters
        }
        return 0.6;
    }

    /** {@code text} in at most {@code maxLines} lines of at most {@code width} px; empty for empty text. */
    static List<String> lines(String text, double width, double size, boolean bold, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines <= 0) {
            return lines;
        }
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                // a single word wider than the line: cut it
                String cut = cut(words[i], width, size, bold);
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
            lines.set(last, ellipsis(lines.get(last), width, size, bold));
        }
        return lines;
    }

    /**
     * The longest start of {@code word} (at least one character) that fits {@code width}: one
     * pass forward, so a 100,000-character word costs 100,000 steps, not their square.
     */
    private static String cut(String word, double width, double size, boolean bold) {
        double limit = width / (size * (bold ? 1.07 : 1.0));
        double em = 0;
        int end = 0;
        while (end < word.length() && em + advance(word.charAt(end)) <= limit) {
            em += advance(word.charAt(end));
            end++;
        }
        if (end < word.length() && end > 0 && Character.isLowSurrogate(word.charAt(end))) {
            end--; // never split a character written as two chars
        }
        return word.substring(0, Math.max(end, Character.charCount(word.codePointAt(0))));
    }

    private static String ellipsis(String line, double width, double size, boolean bold) {
        String s = line;
        while (!s.isEmpty() && width(s + "\u2026", size, bold) > width) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1);
        }
        return s.stripTrailing() + "\u2026";
    }
}
