package dev.touchline.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

import dev.touchline.map.Palette;

/**
 * SWT colours for the map's {@link Palette} values ({@code 0xRRGGBB}), allocated once per control
 * and freed with it. It holds no colours of its own: which colour a thing has is decided by the
 * palette (and a department's by {@link Palette#of(dev.touchline.model.Department)}), for the
 * screen and every export alike.
 */
public final class SwtColors {

    private final LocalResourceManager resources;
    private final Map<Integer, Color> colors = new HashMap<>();

    /** Colours freed with {@code owner}. */
    public SwtColors(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** Colours for drawing off screen (an exported image), freed by {@link #dispose()}. */
    SwtColors(org.eclipse.swt.widgets.Display display) {
        resources = new LocalResourceManager(JFaceResources.getResources(display));
    }

    void dispose() {
        resources.dispose();
    }

    /** The colour {@code 0xRRGGBB}. */
    public Color get(int rgb) {
        return colors.computeIfAbsent(rgb, v -> resources.create(ColorDescriptor.createFrom(rgb(v))));
    }

    /** {@code 0xRRGGBB} as SWT's RGB. */
    public static RGB rgb(int value) {
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }
}
