package dev.touchline.map;

import dev.touchline.departments.Health;
import dev.touchline.model.Department;

/**
 * The journey map's colours as {@code 0xRRGGBB}, shared by the editor's painter and the exports so
 * that a printed poster looks like the map on screen.
 */
public final class Palette {

    public static final int INK = 0x263238;
    public static final int MUTED = 0x606b75;
    public static final int LINE = 0xcfd8dc;
    public static final int PAPER = 0xffffff;
    public static final int BAND = 0xf7f9fa;
    public static final int GUTTER = 0xeceff1;
    public static final int HEADER = 0x37474f;
    public static final int HEADER_TEXT = 0xcfd8dc;
    public static final int SELECTION = 0x1976d2;
    public static final int PAIN = 0xffebee;
    public static final int PAIN_EDGE = 0xe57373;
    public static final int OPPORTUNITY = 0xe8f5e9;
    public static final int OPPORTUNITY_EDGE = 0x66bb6a;
    public static final int GOOD = 0x43a047;
    public static final int WATCH = 0xf9a825;
    public static final int POOR = 0xe53935;
    public static final int NONE = 0xf1f3f4;
    public static final int CURVE = 0x7e57c2;
    public static final int GOLD = 0xffb300;
    /** Text in the colour of {@link #WATCH}, dark enough to read on white. */
    public static final int WATCH_TEXT = 0xb26a00;
    /** For a department without a readable colour. */
    public static final int UNKNOWN = 0x9e9e9e;

    private Palette() {
    }

    /** {@code #RRGGBB} as {@code 0xRRGGBB}; {@link #UNKNOWN} for anything else. */
    public static int parse(String hex) {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
            return UNKNOWN;
        }
        int value = 0;
        for (int i = 1; i < 7; i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0 || hex.charAt(i) > 'f') { // no signs, no non-ASCII digits
                return UNKNOWN;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** The department's colour; {@link #LINE} (pale) when there is no department. */
    public static int of(Department department) {
        return department == null ? LINE : parse(department.getColor());
    }

    /** A traffic light's colour. */
    public static int of(Health health) {
        return switch (health) {
            case GOOD -> GOOD;
            case WATCH -> WATCH;
            case POOR -> POOR;
            case NONE -> NONE;
        };
    }

    /**
     * Every colour above as a CSS custom property ({@code --watch-text: #b26a00;} for
     * {@code WATCH_TEXT}) in a {@code :root} rule: the one source of the pages' colours.
     */
    public static String cssVariables() {
        StringBuilder css = new StringBuilder(":root {");
        // by name: the order of getFields() is not specified, and the pages' bytes should not vary
        java.lang.reflect.Field[] fields = Palette.class.getFields();
        java.util.Arrays.sort(fields, java.util.Comparator.comparing(java.lang.reflect.Field::getName));
        for (java.lang.reflect.Field field : fields) {
            if (field.getType() == int.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    css.append(" --").append(field.getName().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                            .append(": ").append(String.format(java.util.Locale.ROOT, "#%06x", field.getInt(null)))
                            .append(';');
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e); // public fields of this class: cannot happen
                }
            }
        }
        return css.append(" }\n").toString();
    }
}
