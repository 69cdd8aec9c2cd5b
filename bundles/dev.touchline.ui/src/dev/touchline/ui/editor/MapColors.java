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
import dev.touchline.map.Palette;
import dev.touchline.model.Department;

/**
 * Colours and fonts of the map and heatmap, allocated once per control and freed with it.
 * Department colours come from the model ({@code #RRGGBB}); a missing or malformed one falls back
 * to grey rather than failing the paint.
 */
public final class MapColors {

    public static final RGB INK = rgb(Palette.INK);
    public static final RGB MUTED = rgb(Palette.MUTED);
    public static final RGB LINE = rgb(Palette.LINE);
    public static final RGB PAPER = rgb(Palette.PAPER);
    public static final RGB BAND = rgb(Palette.BAND);
    public static final RGB GUTTER = rgb(Palette.GUTTER);
    public static final RGB HEADER = rgb(Palette.HEADER);
    public static final RGB SELECTION = rgb(Palette.SELECTION);
    public static final RGB PAIN = rgb(Palette.PAIN);
    public static final RGB PAIN_EDGE = rgb(Palette.PAIN_EDGE);
    public static final RGB OPPORTUNITY = rgb(Palette.OPPORTUNITY);
    public static final RGB OPPORTUNITY_EDGE = rgb(Palette.OPPORTUNITY_EDGE);
    public static final RGB GOOD = rgb(Palette.GOOD);
    public static final RGB WATCH = rgb(Palette.WATCH);
    public static final RGB POOR = rgb(Palette.POOR);
    public static final RGB NONE = rgb(Palette.NONE);
    public static final RGB CURVE = rgb(Palette.CURVE);
    public static final RGB GOLD = rgb(Palette.GOLD);
    public static final RGB HEADER_TEXT = rgb(Palette.HEADER_TEXT);

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
        return get(rgb(Palette.of(health)));
    }

    /** {@code #RRGGBB} as RGB; grey for anything else. */
    public static RGB parse(String hex) {
        return rgb(Palette.parse(hex));
    }

    /** {@code 0xRRGGBB} as RGB. */
    public static RGB rgb(int value) {
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
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
