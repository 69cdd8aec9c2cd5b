package dev.touchline.ui.editor;

import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;

/**
 * State the map editors share lives in the workbench's application context (Eclipse 4's
 * dependency injection), not in static fields: the clipboard, and the prompts (dialogs, or a
 * test's answers, set there the way any workbench service is replaced).
 */
final class WorkbenchScoped {

    private WorkbenchScoped() {
    }

    /** The workbench's value of {@code type}, or {@code fallback} (created and kept when {@code keep}). */
    static <T> T get(Class<T> type, Supplier<T> fallback, boolean keep) {
        IEclipseContext context = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getService(IEclipseContext.class)
                : null;
        T value = context == null ? null : context.get(type);
        if (value == null) {
            value = fallback.get();
            if (keep && context != null) {
                context.set(type, value);
            }
        }
        return value;
    }
}
