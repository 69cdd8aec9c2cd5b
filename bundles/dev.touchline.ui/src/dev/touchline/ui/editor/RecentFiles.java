package dev.touchline.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.touchline.ui.TouchlineUi;

/**
 * The model files opened or saved lately, newest first, for File > Recent Files. Kept in the
 * workbench's instance preferences (under Touchline's home folder), so they outlive the session.
 */
public final class RecentFiles {

    /** How many files the menu lists. */
    public static final int MAX = 8;

    private static final String KEY = "recentFiles";

    private RecentFiles() {
    }

    /** The files, newest first, that still exist. */
    public static List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : node().get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                Path file = Path.of(line);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** Puts a file at the top of the list. */
    public static void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        StringBuilder s = new StringBuilder();
        files.stream().limit(MAX).forEach(f -> s.append(f).append('\n'));
        IEclipsePreferences node = node();
        node.put(KEY, s.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            TouchlineUi.log("Could not store the list of recent files", e);
        }
    }

    /** Forgets every file (for tests). */
    public static void clear() {
        node().remove(KEY);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(TouchlineUi.PLUGIN_ID);
    }
}
