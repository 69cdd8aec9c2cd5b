package dev.touchline.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Model text made safe for the markup the exports write (SVG and HTML, as XML). Every piece of
 * text from a model goes through {@link #text}: names may hold {@code <}, quotes, ampersands,
 * control characters or right-to-left marks, and none of it may become markup. Nothing from a
 * model is ever written as a URL, a style or a script.
 */
final class Markup {

    private Markup() {
    }

    /**
     * {@code value} escaped for XML text and for attribute values in double or single quotes;
     * characters XML cannot hold (controls, lone surrogates, U+FFFE/U+FFFF) are dropped. Null
     * gives the empty string.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        s.append(c).append(value.charAt(++i));
                    } else if (allowed(c)) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && (c < 0x7f || c > 0x9f);
    }

    /**
     * A file name made from {@code name}: ASCII letters, digits and hyphens only, at most 60
     * characters, never empty ({@code fallback} then). Used for the pack's own file names and the
     * links between its pages, so no name from a model can point anywhere else.
     */
    static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < plain.length() && s.length() < 60; i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                s.append(c);
            } else if (s.length() > 0 && s.charAt(s.length() - 1) != '-' && (Character.isLetterOrDigit(c)
                    || Character.isWhitespace(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '&')) {
                s.append('-');
            }
        }
        while (s.length() > 0 && s.charAt(s.length() - 1) == '-') {
            s.setLength(s.length() - 1);
        }
        return s.length() == 0 ? fallback : s.toString();
    }

    /** {@code 0xRRGGBB} as {@code #rrggbb}. */
    static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
