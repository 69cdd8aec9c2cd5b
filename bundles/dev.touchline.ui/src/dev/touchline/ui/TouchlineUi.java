package dev.touchline.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The Touchline workbench bundle: ids shared by its parts, images, logging. */
public final class TouchlineUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "dev.touchline.ui";
    public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective";
    public static final String EDITOR_ID = PLUGIN_ID + ".mapEditor";
    public static final String MODEL_FILES_VIEW_ID = PLUGIN_ID + ".modelFiles";
    public static final String PROBLEMS_VIEW_ID = PLUGIN_ID + ".problems";
    public static final String DEPARTMENTS_VIEW_ID = PLUGIN_ID + ".departments";
    public static final String HEATMAP_VIEW_ID = PLUGIN_ID + ".heatmap";
    public static final String CATALOGUES_VIEW_ID = PLUGIN_ID + ".catalogues";
    public static final String APP_ICON = "icons/touchline-16.png";

    private static TouchlineUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static TouchlineUi getDefault() {
        return instance;
    }

    /** An image of this bundle, shared and disposed with the bundle. */
    public static ImageDescriptor imageDescriptor(String path) {
        return imageDescriptorFromPlugin(PLUGIN_ID, path);
    }

    /** The bundle version, as the About dialog shows it. */
    public static String version() {
        return instance == null ? "dev" : instance.getBundle().getVersion().toString();
    }

    /** Logs a problem the user was already told about, with its cause for the error log. */
    public static void log(String message, Throwable cause) {
        if (instance != null) {
            ILog.of(instance.getBundle()).log(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
        }
    }
}
