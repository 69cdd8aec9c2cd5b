package dev.touchline.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

import dev.touchline.map.Health;
import dev.touchline.model.Department;

/**
 * Colours and fonts of the map and heatmap, allocated once per control and freed with it.
 * Department colours come from the model ({@code #RRGGBB}); a missing or malformed one falls back
 * to grey rather than failing the paint.
 */
public final class MapColors {

    public static final RGB INK = new RGB(0x26, 0x32, 0x38);
    public static final RGB MUTED = new RGB(0x60, 0x6b, 0x75);
    public static final RGB LINE = new RGB(0xcf, 0xd8, 0xdc);
    public static final RGB PAPER = new RGB(0xff, 0xff, 0xff);
    public static final RGB BAND = new RGB(0xf7, 0xf9, 0xfa);
    public static final RGB GUTTER = new RGB(0xec, 0xef, 0xf1);
    public static final RGB HEADER = new RGB(0x37, 0x47, 0x4f);
    public static final RGB SELECTION = new RGB(0x19, 0x76, 0xd2);
    public static final RGB PAIN = new RGB(0xff, 0xeb, 0xee);
    public static final RGB PAIN_EDGE = new RGB(0xe5, 0x73, 0x73);
    public static final RGB OPPORTUNITY = new RGB(0xe8, 0xf5, 0xe9);
    public static final RGB OPPORTUNITY_EDGE = new RGB(0x66, 0xbb, 0x6a);
    public static final RGB GOOD = new RGB(0x43, 0xa0, 0x47);
    public static final RGB WATCH = new RGB(0xf9, 0xa8, 0x25);
    public static final RGB POOR = new RGB(0xe5, 0x39, 0x35);
    public static final RGB NONE = new RGB(0xf1, 0xf3, 0xf4);
    public static final RGB CURVE = new RGB(0x7e, 0x57, 0xc2);
    public static final RGB GOLD = new RGB(0xff, 0xb3, 0x00);

    private final LocalResourceManager resources;
    private final Map<String, Color> departmentColors = new HashMap<>();
    private final Font regular;
    private final Font bold;
    private final Font small;
    private final Font title;

    public MapColors(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
        FontDescriptor base = JFaceResources.getDefaultFontDescriptor();
        regular = resources.create(base);
        bold = resources.create(base.setStyle(SWT.BOLD));
        small = resources.create(base.increaseHeight(-1));
        title = resources.create(base.setStyle(SWT.BOLD).increaseHeight(2));
    }

    public Color get(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }

    /** The department's colour, grey when it has none or it cannot be read. */
    public Color of(Department department) {
        String hex = department == null ? null : department.getColor();
        return departmentColors.computeIfAbsent(hex == null ? "" : hex, h -> get(parse(h)));
    }

    /** The colour of a health traffic light. */
    public Color of(Health health) {
        return get(switch (health) {
            case GOOD -> GOOD;
            case WATCH -> WATCH;
            case POOR -> POOR;
            case NONE -> NONE;
        });
    }

    /** {@code #RRGGBB} as RGB; grey for anything else. */
    public static RGB parse(String hex) {
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
        }
        return new RGB(0x9e, 0x9e, 0x9e);
    }

    public Font regular() {
        return regular;
    }

    public Font bold() {
        return bold;
    }

    public Font small() {
        return small;
    }

    public Font title() {
        return title;
    }
}
