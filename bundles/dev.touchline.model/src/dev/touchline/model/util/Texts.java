package dev.touchline.model.util;

/** Cleaning of text typed or pasted by a user, before it enters the model. */
public final class Texts {

    private Texts() {
    }

    /**
     * {@link #clean}, keeping tabs and line breaks: for texts that may span lines (a description,
     * a spreadsheet cell), where they are the writer's.
     */
    public static String cleanKeepingLines(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean loneSurrogate = cp >= 0xd800 && cp <= 0xdfff; // XML cannot hold one
            if (cp == '\t' || cp == '\n' || cp == '\r'
                    || cp >= 0x20 && (cp < 0x7f || cp > 0x9f) && cp != 0xfffe && cp != 0xffff && !loneSurrogate) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString();
    }

    /**
     * The text without control characters (U+0000–U+001F except tab, U+007F–U+009F), which XML
     * 1.0 cannot carry; line breaks and tabs become spaces. Emoji, right-to-left text and
     * combining marks pass unchanged.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                clean.append(' ');
            } else if (cp >= 0x20 && (cp < 0x7f || cp > 0x9f) && cp != 0xfffe && cp != 0xffff) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString();
    }

    /**
     * {@code text} on one line, for a name or a cell quoted in a message or report line: line
     * breaks (CR, LF, VT, FF, NEL, U+2028, U+2029) and the invisible U+FEFF are written as
     * {@link #escaped escapes}, so a text cannot add lines that look like the report's own.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (breaksLine(c)) {
                if (s == null) {
                    s = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                s.append(escaped(c));
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }

    /** Characters that end a line somewhere (a terminal, an editor, JavaScript), or hide in one (U+FEFF). */
    public static boolean breaksLine(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x85 || cp == 0x2028 || cp == 0x2029
                || cp == 0xfeff;
    }

    /**
     * How Touchline shows a character it will not print raw: JSON-style, {@code \r}, {@code \n}, or
     * {@code \u001B}, so the JSON and SARIF reports still read as the exact text. The one spelling
     * for the terminal output ({@code TerminalSafeStream}) and {@link #oneLine}.
     */
    public static String escaped(int cp) {
        return cp == '\r' ? "\\r" : cp == '\n' ? "\\n" : String.format("\\u%04X", cp);
    }
}
