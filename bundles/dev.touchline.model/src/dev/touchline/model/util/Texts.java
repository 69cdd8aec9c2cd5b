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
}
